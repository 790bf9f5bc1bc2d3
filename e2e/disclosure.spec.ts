import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfText } from "../test/pdf-text";
import { signInAs } from "./helpers";

// Issue 12 (the case) in a real browser: a citizen applies signed out, the office registers the
// application and asks for a correction, the citizen corrects it on /disclosure/query, the office
// replies, the office chief approves, and the citizen reads the reply and downloads the 告知书;
// then the citizen's part again with JavaScript off.
test.describe.configure({ timeout: 240_000 });

test.beforeEach(async ({ context }) => {
  // Its own client for the per-client rate limits.
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 250)}` });
});

const clientHeader = () => ({ "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 250)}` });

/** The 告知书 as the citizen downloads it from the status page: a PDF whose text has the number. */
async function downloadLetter(page: Page, number: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /下载政府信息公开申请答复告知书/ }).click()]);
  expect(download.url()).not.toMatch(/[?&](code|factor)=/); // posted, not in the URL
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = await pdfText(new Uint8Array(bytes));
  expect(text).toContain(number);
  expect(text).toContain("政府信息公开申请答复告知书");
  expect(text).toContain("申请行政复议");
}

const NUMS = "零一二三四五六七八九十";
async function answerChallenge(page: Page) {
  const q = page.getByTestId("challenge-question");
  await expect(q).toContainText("等于几");
  const m = (await q.textContent())!.match(/^(.)(加|减)(.)/)!;
  const a = NUMS.indexOf(m[1]!);
  const b = NUMS.indexOf(m[3]!);
  await page.getByLabel(/验证问题/).fill(String(m[2] === "加" ? a + b : a - b));
}


async function openCase(page: Page, username: string, tag: string) {
  await signInAs(page, username);
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
  const number = (await page.getByTestId("registration-number").textContent())!;
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
  await expect(page.getByTestId("query-number")).toHaveText(number);
  await expect(page.getByTestId("query-clock-reply")).toContainText("暂停计算（待申请人补正）");
  await expect(page.getByRole("button", { name: /下载.*告知书/ })).toHaveCount(0);
  await expect(page.getByTestId("query-correctionItems")).toContainText("请写明所需信息的年份");
  await expect(page.getByTestId("query-correctionDue")).toHaveText(due);
  const form = page.getByRole("form", { name: "提交补正" });
  await form.getByLabel("补正内容").fill("2025年度，揭阳市人民医院。");
  await form.getByRole("button", { name: "提交补正" }).click();
  await expect(page.getByTestId("query-state")).toHaveText("办理中");
  await expect(page.getByTestId("query-clock-reply")).toContainText("前答复");

  // The office replies 予以公开, the chief approves.
  await openCase(page, "bgs", tag);
  await page.getByLabel("处理结果").selectOption({ label: "予以公开" });
  await page.getByLabel("答复内容").fill(`经查，${tag} 的校验结果已在本网站公开，现以电子邮件方式提供。`);
  await page.getByRole("button", { name: "答复", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("答复待审核");
  // The office may read the draft letter before the chief approves it.
  const draft = await page.request.get((await page.getByTestId("staff-letter").getAttribute("href"))!);
  expect(draft.headers()["content-type"]).toBe("application/pdf");
  expect(await pdfText(new Uint8Array(await draft.body()))).toContain(number);

  await openCase(page, "bgs-kz", tag);
  await page.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已答复");

  await query(page, code);
  await expect(page.getByTestId("query-state")).toHaveText("已答复");
  await expect(page.getByTestId("query-outcome")).toHaveText("予以公开");
  await expect(page.getByTestId("query-replyText")).toContainText("现以电子邮件方式提供");
  const body = await page.content();
  for (const secret of ["445202199001011234", "13800004321", "林申请"]) expect(body).not.toContain(secret);
  await downloadLetter(page, number);

  // The 依申请公开 column points to the online form and keeps its own text.
  await page.goto("/columns/on-request");
  await expect(page.getByTestId("public-entry-notice").getByRole("link", { name: /在线填写/ })).toHaveAttribute("href", "/disclosure");
  await expect(page.getByText("申请人可通过信函")).toBeVisible();
});

/** The staff steps with JavaScript on, in their own context. */
async function staffSteps(browser: Browser, steps: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeader() });
  try {
    await steps(await context.newPage());
  } finally {
    await context.close();
  }
}

test("the citizen's part works with JavaScript off: apply, correct, read the reply, download the 告知书", async ({ browser }) => {
  const tag = `无脚本${Date.now().toString(36)}`;
  const citizen = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeader() });
  const page = await citizen.newPage();
  await page.goto("/disclosure");
  await page.getByLabel("姓名或名称").fill("林申请");
  await page.getByLabel("证件类型").selectOption({ label: "居民身份证" });
  await page.getByLabel("证件号码").fill("445202199001011234");
  await page.getByLabel("联系电话").fill("13800004321");
  await page.getByLabel("通信地址").fill("揭阳市榕城区临江北路1号");
  await page.getByLabel("所需政府信息的内容描述").fill(`${tag} 2025年度医疗机构校验结果`);
  await page.getByLabel("信息的提供形式").selectOption({ label: "纸质" });
  await page.getByLabel("获取信息的方式").selectOption({ label: "邮寄" });
  await answerChallenge(page);
  await page.getByRole("button", { name: "提交申请", exact: true }).click();
  const code = (await page.getByTestId("query-code").textContent({ timeout: 30_000 }))!;

  let number = "";
  await staffSteps(browser, async (staff) => {
    await openCase(staff, "bgs", tag);
    await staff.getByRole("button", { name: "登记", exact: true }).click();
    await expect(staff.getByTestId("record-state")).toHaveText("办理中");
    number = (await staff.getByTestId("registration-number").textContent())!;
    await staff.getByLabel("需要补正的事项").fill("请写明医疗机构名称。");
    await staff.getByLabel("补正期限").fill(new Date(Date.now() + 8 * 3600_000 + 20 * 86_400_000).toISOString().slice(0, 10));
    await staff.getByRole("button", { name: "补正告知", exact: true }).click();
    await expect(staff.getByTestId("record-state")).toHaveText("待申请人补正");
  });

  await query(page, code);
  await expect(page.getByTestId("query-number")).toHaveText(number);
  const form = page.getByRole("form", { name: "提交补正" });
  await form.getByLabel("补正内容").fill("揭阳市人民医院。");
  await form.getByRole("button", { name: "提交补正" }).click();
  await expect(page.getByTestId("query-state")).toHaveText("办理中");

  await staffSteps(browser, async (staff) => {
    await openCase(staff, "bgs", tag);
    await staff.getByLabel("处理结果").selectOption({ label: "予以公开" });
    await staff.getByLabel("答复内容").fill("现予以公开，以邮寄方式提供纸质材料。");
    await staff.getByRole("button", { name: "答复", exact: true }).click();
    await expect(staff.getByTestId("record-state")).toHaveText("答复待审核");
    await openCase(staff, "bgs-kz", tag);
    await staff.getByRole("button", { name: "审核通过", exact: true }).click();
    await expect(staff.getByTestId("record-state")).toHaveText("已答复");
  });

  await query(page, code);
  await expect(page.getByTestId("query-state")).toHaveText("已答复");
  await downloadLetter(page, number);
  await citizen.close();
});
