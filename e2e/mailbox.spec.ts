import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

// Issue 5 in a real browser: a citizen writes, the office and the handler work the letter,
// the citizen reads the reply by query code, and consented letters appear in public.
test.describe.configure({ timeout: 180_000 });

let client = 0;
test.beforeEach(async ({ context }) => {
  // Each test is its own client for the per-client rate limits.
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${++client + Math.floor(Math.random() * 200)}` });
});

const NUMS = "零一二三四五六七八九十";
async function answerChallenge(page: Page) {
  const q = page.getByTestId("challenge-question");
  await expect(q).toContainText("等于几");
  const m = (await q.textContent())!.match(/^(.)(加|减)(.)/)!;
  const a = NUMS.indexOf(m[1]!);
  const b = NUMS.indexOf(m[3]!);
  await page.getByLabel(/验证问题/).fill(String(m[2] === "加" ? a + b : a - b));
}

interface Letter { name?: string; phone?: string; address?: string; subject: string; content: string; consent: "是" | "否" }

async function write(page: Page, l: Letter, box: "leader" | "opinion" = "leader"): Promise<string> {
  await page.goto(`/mailbox?box=${box}`);
  await page.getByLabel("姓名").fill(l.name ?? "王五");
  await page.getByLabel("联系电话").fill(l.phone ?? "13712345678");
  if (l.address) await page.getByLabel("联系地址").fill(l.address);
  await page.getByLabel("类别").selectOption({ label: "咨询" });
  await page.getByLabel("主题").fill(l.subject);
  await page.getByLabel("内容").fill(l.content);
  await page.getByRole("radiogroup", { name: "是否同意公开" }).getByLabel(l.consent).check();
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByTestId("query-code")).toBeVisible({ timeout: 30_000 });
  const code = (await page.getByTestId("query-code").textContent())!;
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  return code;
}


async function openLetter(page: Page, username: string, subject: string) {
  await signInAs(page, username);
  await page.goto("/staff/mailbox");
  await page.getByRole("link", { name: subject }).first().click();
  await expect(page.getByTestId("letter-deadline")).toContainText("答复期限");
}

async function query(page: Page, code: string, last4: string) {
  await page.context().clearCookies();
  await page.goto("/mailbox/query");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("联系电话后4位").fill(last4);
  await page.getByRole("button", { name: "查询" }).click();
}

test("full path: citizen writes, bgs forwards to 医政科, yzk answers, bgs-kz approves, the reply is found by query code and on /mailbox/letters; script tags stay inert", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; void d.dismiss(); });
  const tag = Date.now();
  const subject = `<script>alert(1)</script>执业注册 ${tag}`;
  const content = `<img src=x onerror="alert(2)">请问医师执业注册需要哪些材料？`;
  const code = await write(page, { name: "<b>赵六</b><script>alert(3)</script>".slice(0, 30), address: "<script>alert(4)</script>榕城区望江北路88号", subject, content, consent: "是" });

  // The office sees the letter with the writer's personal data and its deadline, and forwards it.
  await openLetter(page, "bgs", subject);
  await expect(page.locator('[data-field="phone"]')).toHaveText("13712345678");
  await expect(page.getByTestId("letter-deadline")).toContainText(/\d{4}-\d{2}-\d{2}/);
  await page.getByLabel("承办单位").selectOption({ label: "医政科" });
  await page.getByLabel("转办意见").fill("请医政科于15个工作日内答复。");
  await page.getByRole("button", { name: "转办", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("承办中");
  await expect(page.getByText("自转办之日")).toBeVisible();

  await openLetter(page, "yzk", subject);
  await page.getByLabel("答复内容").fill(`需提交执业注册申请表和学历证明，到市政务服务中心办理。${tag}`);
  await page.getByRole("button", { name: "答复", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待审核答复");

  await openLetter(page, "bgs-kz", subject);
  await page.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已答复并公开");

  await query(page, code, "5678");
  await expect(page.getByTestId("query-state")).toHaveText("已答复并公开");
  await expect(page.getByTestId("query-reply")).toContainText(`市政务服务中心办理。${tag}`);
  await expect(page.getByTestId("query-result")).toContainText("医政科");

  await page.goto("/mailbox/letters");
  const letter = page.getByTestId("public-letter").filter({ hasText: String(tag) }).first();
  await expect(letter).toContainText(subject); // shown as text, not run
  await expect(letter).toContainText(content);
  await expect(letter).toContainText("医政科");
  for (const label of ["受理日期", "答复日期", "答复部门", "答复内容"]) await expect(letter).toContainText(label);
  const body = await page.content();
  for (const secret of ["13712345678", "赵六", "望江北路88号"]) expect(body).not.toContain(secret);
  await expect(page.getByTestId("mailbox-stats")).toContainText("按期答复率");
  expect(dialogs).toBe(0);
});

test("我要纠错 opens the 公众意见箱 with 纠错 chosen; 信息统计科 gets the letter and can return it to the office, which forwards it again", async ({ page }) => {
  const subject = `纠错 ${Date.now()}`;
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "我要纠错" }).click();
  await expect(page.getByLabel("信箱")).toHaveValue("opinion");
  await expect(page.getByLabel("类别")).toHaveValue("correction");
  await page.getByLabel("姓名").fill("王五");
  await page.getByLabel("联系电话").fill("13712345678");
  await page.getByLabel("主题").fill(subject);
  await page.getByLabel("内容").fill("办事指南中的咨询电话有误。");
  await page.getByRole("radiogroup", { name: "是否同意公开" }).getByLabel("否").check();
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByTestId("query-code")).toBeVisible({ timeout: 30_000 });

  await openLetter(page, "xxtjk", subject);
  await expect(page.getByTestId("record-state")).toHaveText("承办中");
  await page.getByRole("button", { name: "退回局办公室" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请填写退回局办公室的意见或理由" })).toBeVisible();
  await page.getByLabel("意见", { exact: true }).fill("不是网站内容问题，请转医政科。");
  await page.getByRole("button", { name: "退回局办公室" }).click();
  // The section no longer sees the letter; it is told the step is done.
  await expect(page.getByRole("status").filter({ hasText: "已退回局办公室" })).toBeVisible();

  await openLetter(page, "bgs", subject);
  await expect(page.getByTestId("record-state")).toHaveText("待局办公室处理");
  await expect(page.getByText("不是网站内容问题，请转医政科。")).toBeVisible();
  await page.getByLabel("承办单位").selectOption({ label: "医政科" });
  await page.getByRole("button", { name: "转办", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("承办中");
});

test("a declined letter shows the reason to the citizen", async ({ page }) => {
  const subject = `广告推销 ${Date.now()}`;
  const code = await write(page, { subject, content: "优惠促销", consent: "是", phone: "0663-8229876" }, "opinion");
  await openLetter(page, "bgs", subject);
  await page.getByLabel("不予受理理由").fill("来信为商业广告，不属于本局受理范围。");
  await page.getByRole("button", { name: "不予受理", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("不予受理");
  await query(page, code.toLowerCase(), "9876");
  await expect(page.getByTestId("query-state")).toHaveText("不予受理");
  await expect(page.getByTestId("query-result")).toContainText("不属于本局受理范围");
});

test("bad input: empty and over-long fields, a wrong answer and a wrong query code get clear Chinese messages and lose nothing", async ({ page }) => {
  await page.goto("/mailbox");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  for (const m of ["请填写姓名", "请填写联系电话", "请填写主题", "请填写内容", "请选择是否同意公开"]) await expect(page.getByText(m)).toBeVisible();

  await page.getByLabel("姓名").fill("钱七");
  await page.getByLabel("联系电话").fill("13800001111");
  await page.getByLabel("类别").selectOption({ label: "建议" });
  await page.getByLabel("主题").fill("主".repeat(51));
  await page.getByLabel("内容").fill("字".repeat(2001));
  await page.getByRole("radiogroup", { name: "是否同意公开" }).getByLabel("否").check();
  await page.getByLabel(/验证问题/).fill("99");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByText("主题不能超过50个字")).toBeVisible();
  await expect(page.getByText("内容不能超过2000个字")).toBeVisible();
  await expect(page.getByLabel("内容")).toHaveValue("字".repeat(2001));

  // The server refuses a wrong answer, keeps the letter and asks a new question.
  await page.getByLabel("主题").fill("主".repeat(50));
  await page.getByLabel("内容").fill("建议增加夜间门诊。");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByText("验证问题的答案不正确")).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("钱七");
  await expect(page.getByLabel("内容")).toHaveValue("建议增加夜间门诊。");
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByTestId("query-code")).toBeVisible();

  await query(page, "ABCD-EFGH-JKMN", "1111");
  await expect(page.getByText("查询码或电话号码后4位不正确，未能查到信件。请核对后重新输入。")).toBeVisible();
  await expect(page.getByLabel("查询码")).toHaveValue("ABCD-EFGH-JKMN");
});

test("a letter without consent is answered but never appears in public", async ({ page }) => {
  const subject = `不公开来信 ${Date.now()}`;
  const code = await write(page, { subject, content: "个人隐私问题咨询", consent: "否" });
  await openLetter(page, "bgs", subject);
  await page.getByLabel("答复内容").fill("已电话联系来信人说明。");
  await page.getByRole("button", { name: "直接答复", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待审核答复");
  await openLetter(page, "bgs-kz", subject);
  await page.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已答复");
  await query(page, code, "5678");
  await expect(page.getByTestId("query-reply")).toHaveText("已电话联系来信人说明。");
  await page.goto("/mailbox/letters");
  await expect(page.getByRole("heading", { name: "来信及答复" })).toBeVisible();
  expect(await page.content()).not.toContain(subject);
});

test("axe finds no serious or critical violation on the query and letters pages, or on a query result", async ({ page }) => {
  const scan = async (where: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${where}: ${v.id}`)).toEqual([]);
  };
  await page.goto("/mailbox/letters");
  await scan("/mailbox/letters");
  await query(page, "ABCD-EFGH-JKMN", "1111");
  await expect(page.getByText("未能查到信件")).toBeVisible();
  await scan("/mailbox/query");
});

test("with JavaScript disabled: the letter form posts, the receipt shows the query code, and the lookup (a POST) finds the letter", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` } });
  const page = await context.newPage();
  const subject = `无脚本来信 ${Date.now()}`;
  await page.goto("/mailbox?box=opinion");
  await expect(page.getByLabel("信箱")).toHaveValue("opinion"); // preset by the server, not by a script
  await page.getByLabel("姓名").fill("孙八");
  await page.getByLabel("联系电话").fill("13612344321");
  await page.getByLabel("类别").selectOption({ label: "建议" });
  await page.getByLabel("主题").fill(subject);
  await page.getByLabel("内容").fill("建议在门诊大厅增加导诊人员。");
  await page.getByRole("radiogroup", { name: "是否同意公开" }).getByLabel("否").check();

  // A wrong answer comes back from the server with everything typed and a new question.
  await page.getByLabel(/验证问题/).fill("99");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByText("验证问题的答案不正确")).toBeVisible();
  await expect(page.getByLabel("主题")).toHaveValue(subject);
  await expect(page.getByLabel("内容")).toHaveValue("建议在门诊大厅增加导诊人员。");

  await answerChallenge(page);
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByTestId("query-code")).toBeVisible({ timeout: 30_000 });
  const code = (await page.getByTestId("query-code").textContent())!;
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

  await page.goto("/mailbox/query");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("联系电话后4位").fill("4321");
  const posted = page.waitForRequest((r) => r.url().includes("/mailbox/query") && r.method() === "POST");
  await page.getByRole("button", { name: "查询" }).click();
  expect((await posted).url()).not.toContain(code.replace(/-/g, "").slice(0, 4));
  await expect(page.getByTestId("query-state")).toHaveText("待局办公室处理");
  await expect(page.getByTestId("query-result")).toContainText(subject);
  await expect(page.getByTestId("query-result")).not.toContainText("13612344321");
  expect(page.url()).not.toContain(code);
  await context.close();
});

test("the public routes come from the definitions: an unknown one is a plain 404", async ({ page }) => {
  for (const path of ["/no-such-case", "/no-such-case/query"]) expect((await page.goto(path))!.status(), path).toBe(404);
  expect((await page.goto("/mailbox/query"))!.status()).toBe(200);
  expect((await page.goto("/mailbox/letters"))!.status()).toBe(200);
});

test("the staff action id posted without a session stores no letter (issue 15 item 1)", async ({ page }) => {
  const subject = `会话测试 ${Date.now()}`;
  await write(page, { subject, content: "请转有关科室。", consent: "否" });
  await openLetter(page, "bgs", subject);
  // Capture the staff workflow's own server action call (runTransition), as an attacker finds its id in the chunks.
  let captured: { url: string; headers: Record<string, string> } | null = null;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) captured = { url: r.url(), headers: r.headers() };
  });
  await page.getByLabel("承办单位").selectOption({ label: "医政科" });
  await page.getByRole("button", { name: "转办", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("承办中");
  expect(captured).not.toBeNull();
  const c = captured!;
  const { "content-length": _length, cookie: _cookie, ...headers } = c.headers;

  await page.context().clearCookies();
  const attack = `匿名批量来信 ${Date.now()}`;
  const body = JSON.stringify([{ formKey: "mailbox-letter", action: "submit", data: { box: "leader", name: "匿名", phone: "13800000000", category: "other", subject: attack, content: "批量", consent: "yes" } }]);
  for (let i = 0; i < 20; i++) {
    const res = await page.request.post(c.url, { headers, data: body });
    const text = await res.text();
    expect(text).not.toContain('"ok":true');
    expect(text).toContain("请先登录后再操作"); // refused for want of a session, not for a malformed call
  }
  await signInAs(page, "bgs");
  await page.goto("/staff/mailbox");
  await expect(page.getByRole("link", { name: subject }).first()).toBeVisible(); // the list shows open letters
  expect(await page.content()).not.toContain(attack);
});
