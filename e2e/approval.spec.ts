import { expect, test, type Page } from "@playwright/test";
import { pasteRichText, signInAs } from "./helpers";

// The three paths of issue 3, in a real browser: one sign-in per step, as staff work.
// Seven sign-ins in one test take a while on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });


async function draft(page: Page, title: string, opts: { special?: boolean } = {}): Promise<string> {
  await signInAs(page, "yzk");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("标题").fill(title);
  await pasteRichText(page, "正文", "<p>本市开展无偿献血活动，欢迎符合条件的市民参加。</p>");
  await page.getByLabel("栏目").selectOption({ label: "无偿献血" });
  if (opts.special) await page.getByRole("radiogroup", { name: "是否特别重大信息" }).getByLabel("是").check();
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待科室领导审核");
  return new URL(page.url()).pathname;
}

async function step(page: Page, username: string, recordPath: string, button: string, expectedState: string, opinion?: string) {
  await signInAs(page, username);
  await page.goto(recordPath);
  if (opinion) await page.getByLabel("意见", { exact: true }).fill(opinion);
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText(expectedState);
}

test("yzk drafts for 无偿献血, it is reviewed, approved, pushed, finalized by both and published", async ({ page }) => {
  const title = `无偿献血倡议书 ${Date.now()}`;
  const rec = await draft(page, title);

  // The chief finds it in 我的待办.
  await signInAs(page, "yzk-kz");
  await page.goto("/staff");
  await page.getByRole("list", { name: "待办事项" }).getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待局分管领导审批");

  await step(page, "fjz2", rec, "批准", "已批准，待推送");
  await step(page, "yzk", rec, "推送", "待信息统计科和宣传科审定");
  await step(page, "xxtjk-kz", rec, "审定", "待信息统计科和宣传科审定");
  await step(page, "xck-kz", rec, "审定", "已发布");
  await expect(page.locator('[data-signoff="chief"]')).toContainText("已核，呈报局领导审批。");
  await expect(page.getByRole("link", { name: "打印审批表" })).toBeVisible();

  await page.goto("/columns/blood-donation");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("a returned item goes back to the drafter with everything entered, and is resubmitted", async ({ page }) => {
  const title = `献血点开放时间调整 ${Date.now()}`;
  const rec = await draft(page, title);

  await signInAs(page, "yzk-kz");
  await page.goto(rec);
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请填写退回修改的意见或理由" })).toBeVisible();
  await page.getByLabel("意见", { exact: true }).fill("请写明各献血点的具体开放时间");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");

  await signInAs(page, "yzk");
  await page.goto(rec);
  await expect(page.getByText("意见：请写明各献血点的具体开放时间")).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue(title);
  await expect(page.getByLabel("栏目")).toHaveValue(/.+/);
  await page.getByLabel("标题").fill(`${title}（修订）`);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待科室领导审核");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title}（修订）`);
});

test("a 特别重大 item also goes through the office (bgs-kz) and the director (jz)", async ({ page }) => {
  const rec = await draft(page, `全市无偿献血表彰决定 ${Date.now()}`, { special: true });
  await step(page, "yzk-kz", rec, "审核通过", "待局办公室审核");
  await step(page, "bgs-kz", rec, "审核通过", "待局分管领导审批");
  await step(page, "fjz2", rec, "批准", "待局主要领导审批");
  await step(page, "jz", rec, "批准", "已批准，待推送", "同意，按程序发布。");
  await expect(page.locator('[data-signoff="director"]')).toContainText("同意，按程序发布。");
});

test("a page left open while the item changed gets a conflict message and keeps what was typed", async ({ page, context }) => {
  const rec = await draft(page, `献血者关爱措施 ${Date.now()}`);
  const other = await context.newPage();
  await other.goto(rec);
  // Meanwhile, in the first tab, the drafter pulls the item back and saves a change.
  await page.goto(rec);
  await page.getByLabel("备注").fill("第一个标签页的修改");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");

  await other.getByLabel("标题").fill("第二个标签页的标题");
  await other.getByRole("button", { name: "保存草稿" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "不是最新" })).toBeVisible();
  await expect(other.getByLabel("标题")).toHaveValue("第二个标签页的标题");
});
