import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

// Issue 15 items 2, 4, 6 and 10 in a real browser, against the production server
// (scripts/serve-next.ts, TRUSTED_PROXY_HOPS unset = 0).

/** Every URL the page asked for, so that a test can show no secret ever travelled in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

async function noScriptPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

async function fillLogin(page: Page, username: string, password: string) {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

test("item 2: with JavaScript off, /login posts: a wrong password gets the Chinese error, the right one signs in, and the password is never in a URL", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  const urls = recordUrls(page);
  await page.goto("/login");
  const form = page.locator("form", { has: page.getByRole("button", { name: "登录" }) });
  expect(await form.getAttribute("method")).toMatch(/^post$/i);
  const wrong = "Wrong#2026zz";
  await fillLogin(page, "jkk-kz", wrong);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");
  // What was typed stays (the name), and the page is still the login page.
  await expect(page.getByLabel("用户名")).toHaveValue("jkk-kz");
  await fillLogin(page, "jkk-kz", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId("current-user")).toContainText("疾病预防控制科");
  for (const u of urls) {
    expect(u).not.toContain(encodeURIComponent(wrong));
    expect(u).not.toContain("Wrong");
    expect(u).not.toContain(encodeURIComponent(DEMO_PASSWORD));
    expect(u).not.toContain("password=");
  }
  await context.close();
});

test("item 6: callbackUrl never leaves the site, signed in or not", async ({ browser }) => {
  const attempts = ["/%5Cevil.example/x", "//evil.example/x", "/%5C%5Cevil.example", "%2F%2Fevil.example", "/%09/evil.example", "javascript:alert(1)", "https://evil.example/"];
  const { context, page } = await noScriptPage(browser);
  await page.goto(`/login?callbackUrl=${attempts[0]}`);
  await fillLogin(page, "jcwsk-kz", DEMO_PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/staff$/);
  // Signed in, the login page sends the user on at once: always to this site.
  for (const a of attempts) {
    const res = await page.goto(`/login?callbackUrl=${a}`);
    expect(new URL(page.url()).host, a).toBe(new URL(res!.url()).host);
    expect(page.url(), a).not.toContain("evil.example");
    expect(new URL(page.url()).pathname, a).toBe("/staff");
  }
  await context.close();
});

test("item 4: a forged X-Forwarded-For is ignored: the audit trail records the socket's address", async ({ browser, request }) => {
  const ghost = `xff-${Date.now().toString(36)}`;
  const login = await request.get("/login", { headers: { "X-Forwarded-For": "203.0.113.77", "X-Portal-Client-Ip": "198.51.100.7" } });
  expect(login.ok()).toBe(true);
  const page = await browser.newPage({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77", "X-Portal-Client-Ip": "198.51.100.7" } });
  await page.goto("/login");
  await fillLogin(page, ghost, "Wrong#2026zz");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");

  const auditor = await browser.newPage();
  await auditor.goto("/login");
  await fillLogin(auditor, "auditor", DEMO_PASSWORD);
  await expect(auditor).toHaveURL(/\/staff/);
  await auditor.goto(`/staff/audit?actor=${ghost}`);
  const row = auditor.getByRole("row", { name: new RegExp(ghost) }).first();
  await expect(row).toBeVisible();
  const ip = (await row.getByRole("cell").nth(4).textContent())!.trim(); // 时间 操作人 操作 对象 IP 原始记录
  expect(["127.0.0.1", "::1"]).toContain(ip);
});

test("item 2 + 10: with JavaScript off the password change posts; a wrong current password is refused and counted; the change ends other sessions", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  const urls = recordUrls(page);
  await page.goto("/login");
  await fillLogin(page, "jkk", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  // A second session of the same account, elsewhere.
  const other = await browser.newPage();
  await other.goto("/login");
  await fillLogin(other, "jkk", DEMO_PASSWORD);
  await expect(other).toHaveURL(/\/staff$/);

  await page.goto("/staff/password");
  const form = page.locator("form", { has: page.getByRole("button", { name: "修改密码" }) });
  expect(await form.getAttribute("method")).toMatch(/^post$/i);
  await page.getByLabel("当前密码").fill("Wrong#2026zz");
  await page.getByLabel("新密码", { exact: true }).fill("Jikong#2026q");
  await page.getByLabel("确认新密码").fill("Jikong#2026q");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("alert").last()).toHaveText("当前密码不正确。");
  // A common password is refused (item 15).
  await page.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("Password1");
  await page.getByLabel("确认新密码").fill("Password1");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("alert").last()).toHaveText(/常见弱密码/);

  await page.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("Jikong#2026q");
  await page.getByLabel("确认新密码").fill("Jikong#2026q");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status")).toHaveText("密码已修改。");
  // This browser stays signed in; the other session is over.
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff$/);
  await other.goto("/staff");
  await expect(other).toHaveURL(/\/login/);
  for (const u of urls) {
    expect(u).not.toContain("Jikong");
    expect(u).not.toContain("Wrong");
    expect(u).not.toContain("current=");
  }
  await context.close();
});

test("item 10: an old session cookie replayed after sign-out is refused by /staff and by a server action", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await fillLogin(page, "jcwsk", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/password");
  // Capture one real call of the password change action (a wrong current password).
  let captured: { url: string; headers: Record<string, string>; body: string } | null = null;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) captured = { url: r.url(), headers: r.headers(), body: r.postData() ?? "" };
  });
  await page.getByLabel("当前密码").fill("Wrong#2026zz");
  await page.getByLabel("新密码", { exact: true }).fill("Jiceng#2026q");
  await page.getByLabel("确认新密码").fill("Jiceng#2026q");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("当前密码不正确。");
  expect(captured).not.toBeNull();
  const c = captured!;
  const { "content-length": _length, ...headers } = c.headers;
  const stolen = await context.cookies();
  expect(stolen.some((k) => k.name.endsWith("next-auth.session-token"))).toBe(true);
  const cookie = stolen.map((k) => `${k.name}=${k.value}`).join("; ");
  const replayAction = async () => (await page.request.fetch(c.url, { method: "POST", headers: { ...headers, cookie }, data: c.body })).text();
  // While the session is valid, the replayed call reaches the password check.
  expect(await replayAction()).toContain("当前密码不正确");

  // The same account signs in a second time and signs out there: every session ends.
  const second = await browser.newPage();
  await second.goto("/login");
  await fillLogin(second, "jcwsk", DEMO_PASSWORD);
  await expect(second).toHaveURL(/\/staff$/);
  await second.getByRole("button", { name: "退出登录" }).click();
  await expect(second).toHaveURL(/\/login/);

  // The old cookie no longer runs the action…
  const refused = await replayAction();
  expect(refused).toContain("登录已超时或已退出，请重新登录后再试。");
  expect(refused).not.toContain("当前密码不正确");
  // …nor opens /staff.
  const replay = await browser.newContext({ javaScriptEnabled: false });
  await replay.addCookies(stolen);
  const r = await replay.newPage();
  await r.goto("/staff");
  await expect(r).toHaveURL(/\/login/);
  await Promise.all([context.close(), replay.close()]);
});
