import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, login, watchForScripts } from "./helpers";

const XSS = `"><script>window.__xss=1</script><img src=x onerror="window.__xss=2"><svg onload="window.__xss=3">`;

/** Signs in and waits until the workplace (or the forced password change) has loaded. */
async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await login(page, username, password);
  await expect(page).toHaveURL(/\/staff/);
}

test("security headers: strict nonce CSP on staff pages, frame-ancestors 'none' and a referrer policy everywhere", async ({ page, request }) => {
  for (const path of ["/", "/login"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("object-src 'none'");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["strict-transport-security"], path).toContain("max-age=");
  }
  const staff = (await request.get("/login")).headers()["content-security-policy"]!;
  expect(staff).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(staff.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
  // The nonce CSP does not break the login page: it hydrates and signs in.
  const check = watchForScripts(page);
  await login(page, "yzk");
  await expect(page.getByTestId("current-user")).toContainText("医政科");
  await check();
});

test("/api/health reports the database reachable and the migrations current", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true, database: "reachable", migrations: "current" });
});

test("XSS payloads in the login fields and the search box stay inert", async ({ page }) => {
  const check = watchForScripts(page);
  await login(page, XSS, XSS);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");
  await check();
  await page.goto(`/search?q=${encodeURIComponent(XSS)}`);
  await expect(page.getByLabel("关键词")).toHaveValue(/script/);
  await check();
  await page.goto("/");
  await page.getByLabel("站内搜索").fill(XSS);
  await page.getByLabel("站内搜索").press("Enter");
  await expect(page).toHaveURL(/\/search\?/);
  await check();
});

test("lockout: after 5 wrong passwords even the right one is refused, until sysadmin unlocks", async ({ browser }) => {
  const page = await browser.newPage();
  for (let i = 0; i < 5; i++) {
    await login(page, "jkzx-xxy", "Wrong@2016");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");
  }
  await login(page, "jkzx-xxy", DEMO_PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/账号已锁定，请30分钟后再试/);
  // An unknown name is told exactly the same, so nothing reveals which names exist.
  const alert = page.getByRole("main").getByRole("alert");
  // A name no other test has tried, so that earlier failures do not count towards this lock.
  const ghost = `ghost-${Date.now().toString(36)}`;
  for (let i = 0; i < 5; i++) {
    await login(page, ghost, "Wrong@2016");
    await expect(alert).toHaveText("用户名或密码错误，请重新输入。");
  }
  await login(page, ghost, "Wrong@2016");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/账号已锁定，请30分钟后再试/);

  const admin = await browser.newPage();
  await signIn(admin, "sysadmin");
  await admin.getByRole("link", { name: "账号管理" }).click();
  const row = admin.getByTestId("account-jkzx-xxy");
  await expect(row).toContainText("已锁定");
  await row.getByRole("button", { name: "解锁" }).click();
  // The row shows the account as normal again (the unlock button goes with the lock).
  await expect(row).toContainText("正常");
  await expect(row.getByRole("button", { name: "解锁" })).toHaveCount(0);

  await signIn(page, "jkzx-xxy");
  await expect(page.getByTestId("current-user")).toBeVisible();
});

test("a temporary password set by sysadmin must be changed at first login", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, "sysadmin");
  await admin.goto("/staff/admin");
  const form = admin.locator("form", { has: admin.getByRole("button", { name: "创建账号" }) });
  await form.getByLabel("用户名").fill("yzk-e2e");
  await form.getByLabel("姓名").fill("医政科新科员");
  await form.getByLabel("所属科室或单位").selectOption({ label: "医政科" });
  await form.getByLabel("科室负责人").check();
  await form.getByLabel("临时密码").fill("weak");
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(form.getByRole("alert")).toHaveText(/临时密码不符合密码策略/);
  // Nothing typed is lost after the refusal.
  await expect(form.getByLabel("用户名")).toHaveValue("yzk-e2e");
  await form.getByLabel("临时密码").fill("Temp#2026ab");
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(form.getByRole("status")).toHaveText(/已创建/);

  const page = await browser.newPage();
  await signIn(page, "yzk-e2e", "Temp#2026ab");
  await expect(page).toHaveURL(/\/staff\/password$/);
  await expect(page.getByRole("alert").first()).toHaveText(/临时密码/);
  // Every other staff page sends the account back here.
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/password$/);
  await page.getByLabel("当前密码").fill("Temp#2026ab");
  await page.getByLabel("新密码", { exact: true }).fill("Mine#2026xyz");
  await page.getByLabel("确认新密码").fill("Mine#2026xyz");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status")).toHaveText("密码已修改。");
  await page.goto("/staff");
  await expect(page.getByRole("heading", { name: "我的工作台" })).toBeVisible();
});

test("separation of the three administrators on the screens", async ({ browser }) => {
  const sys = await browser.newPage();
  await signIn(sys, "sysadmin");
  await expect(sys.getByRole("link", { name: "审计记录" })).toHaveCount(0);
  await sys.goto("/staff/audit");
  await expect(sys.getByRole("heading", { name: "无权访问" })).toBeVisible();
  expect((await sys.request.get("/staff/audit/export")).status()).toBe(403);

  const auditor = await browser.newPage();
  await signIn(auditor, "auditor");
  for (const path of ["/staff/admin", "/staff/security"]) {
    await auditor.goto(path);
    await expect(auditor.getByRole("heading", { name: "无权访问" })).toBeVisible();
  }
  await auditor.goto("/staff/audit?action=login");
  await expect(auditor.getByRole("heading", { name: "审计记录" })).toBeVisible();
  await expect(auditor.getByRole("cell", { name: "登录成功", exact: true }).first()).toBeVisible();
  const csv = await auditor.request.get("/staff/audit/export?action=login");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("编号,时间,操作人,操作");
});

test("server actions refuse a cross-origin call", async ({ page }) => {
  await signIn(page, "secadmin");
  await page.goto("/staff/security");
  // Capture a real server action call, then replay it from another origin with another value.
  let captured: { url: string; headers: Record<string, string>; body: string } | null = null;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) captured = { url: r.url(), headers: r.headers(), body: r.postData() ?? "" };
  });
  const kw = page.getByRole("textbox", { name: "涉密关键词" });
  await kw.fill("秘密\n机密\n绝密");
  await page.getByRole("button", { name: "保存涉密关键词" }).click();
  await expect(page.getByRole("status")).toHaveText(/已保存（共3个）/);
  expect(captured).not.toBeNull();
  const c = captured!;
  const { "content-length": _length, ...headers } = c.headers;
  const replay = (origin: string, word: string) => page.request.post(c.url, { headers: { ...headers, origin }, data: c.body.replace("绝密", `绝密，${word}`) });
  const forged = await replay("http://evil.example", "伪造");
  expect(forged.ok()).toBe(false);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "涉密关键词" })).toHaveValue("秘密\n机密\n绝密");
  // The same call from the portal's own origin goes through, so the refusal above was the origin check.
  expect((await replay(new URL(c.url).origin, "同源")).ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "涉密关键词" })).toHaveValue("秘密\n机密\n绝密\n同源");
});
