import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

// Issue 12 (the case) in a real browser: a citizen applies signed out, the office registers the
// application and asks for a correction, the citizen corrects it on /disclosure/query, the office
// replies, the office chief approves, and the citizen reads the reply.
test.describe.configure({ timeout: 240_000 });

test.beforeEach(async ({ context }) => {
  // Its own client for the per-client rate limits.
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 250)}` });
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

async function as(page: Page, username: string) {
  await page.context().clearCookies();
  await login(page, username);
  await expect(page).toHaveURL(/\/staff/);
}

async function openCase(page: Page, username: string, tag: string) {
  await as(page, username);
  await page.goto(`/staff/records?q=${encodeURIComponent(tag)}`);
  await page.getByRole("link", { name: new RegExp(tag) }).first().click();
  await expect(page.getByTestId("record-state")).toBeVisible();
}

async function query(page: Page, code: string) {
  await page.context().clearCookies();
  await page.goto("/disclosure/query");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("联系电话后4位").fill("4321");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("query-result")).toBeVisible();
}

test("a citizen applies signed out, corrects on /disclosure/query, and reads the approved reply", async ({ page }) => {
  const tag = `校验结果${Date.now().toString(36)}`;
  await page.goto("/disclosure");
  await expect(page.getByRole("heading", { name: "政府信息公开申请" }).first()).toBeVisible();
  await page.getByLabel("姓名或名称").fill("林申请");
  await page.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await page.getByLabel("证件号码").fill("445202199001011234");
  await page.getByLabel("联系电话").fill("13800004321");
  await page.getByLabel("通信地址").fill("揭阳市榕城区临江北路1号");
  await page.getByLabel("电子邮箱").fill("lin@example.com");
  await page.getByLabel("所需政府信息的内容描述").fill(`${tag} 2025年度医疗机构校验结果`);
  await page.getByLabel("信息的提供形式").selectOption({ label: "电子" });
  await page.getByLabel("获取信息的方式").selectOption({ label: "电子邮件" });
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交申请", exact: true }).click();
  await expect(page.getByTestId("query-code")).toBeVisible({ timeout: 30_000 });
  const code = (await page.getByTestId("query-code").textContent())!;
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

  // 局办公室 registers it: a number and the clock.
  await openCase(page, "bgs", tag);
  await expect(page.getByTestId("record-state")).toHaveText("待登记");
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("办理中");
  await expect(page.getByTestId("registration-number")).toHaveText(/^揭卫依申〔\d{4}〕第\d{4}号$/);
  await expect(page.getByTestId("clock-reply")).toContainText("答复期限");

  // 补正告知: what to correct and by when.
  const due = new Date(Date.now() + 8 * 3600_000 + 20 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("需要补正的事项").fill("请写明所需信息的年份和医疗机构名称。");
  await page.getByLabel("补正期限").fill(due);
  await page.getByRole("button", { name: "补正告知", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待申请人补正");

  // The citizen sees the notice and corrects the application.
  await query(page, code);
  await expect(page.getByTestId("query-state")).toHaveText("待申请人补正");
  await expect(page.getByTestId("query-correctionItems")).toContainText("请写明所需信息的年份");
  await expect(page.getByTestId("query-correctionDue")).toHaveText(due);
  const form = page.getByRole("form", { name: "提交补正" });
  await form.getByLabel("补正内容").fill("2025年度，揭阳市人民医院。");
  await form.getByRole("button", { name: "提交补正" }).click();
  await expect(page.getByTestId("query-state")).toHaveText("办理中");

  // The office replies 予以公开, the chief approves.
  await openCase(page, "bgs", tag);
  await page.getByLabel("处理结果").selectOption({ label: "予以公开" });
  await page.getByLabel("答复内容").fill(`经查，${tag} 的校验结果已在本网站公开，现以电子邮件方式提供。`);
  await page.getByRole("button", { name: "答复", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("答复待审核");

  await openCase(page, "bgs-kz", tag);
  await page.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已答复");

  await query(page, code);
  await expect(page.getByTestId("query-state")).toHaveText("已答复");
  await expect(page.getByTestId("query-outcome")).toHaveText("予以公开");
  await expect(page.getByTestId("query-replyText")).toContainText("现以电子邮件方式提供");
  const body = await page.content();
  for (const secret of ["445202199001011234", "13800004321", "林申请"]) expect(body).not.toContain(secret);
});
