// The steps of 信息报送 (Art. 8, 16) in a real browser, one sign-in per person, as staff work.
// Each step is a function so that a further check (e.g. the quarterly figures) can follow the
// same path in another spec or be appended to e2e/unit-submission.spec.ts.
import { expect, type Page } from "@playwright/test";
import { pasteRichText, signInAs } from "./helpers";

export { signInAs };

/** rcq-xxy (榕城区) sends material to 基层卫生科 through its menu; returns the submission's page. */
export async function reportAsCounty(page: Page, title: string, reporter = "rcq-xxy", section = "基层卫生科"): Promise<string> {
  await signInAs(page, reporter);
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "信息报送" }).click();
  await page.getByRole("link", { name: "新建信息报送" }).click();
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("报送科室").selectOption({ label: section });
  await page.getByLabel("标题").fill(title);
  await pasteRichText(page, "正文", "<p>榕城区今年家庭医生签约服务覆盖率持续提升，重点人群签约率超过六成。</p>");
  await page.getByLabel("建议栏目").selectOption("news");
  await page.getByLabel("联系人").fill("陈信息");
  await page.getByLabel("联系电话").fill("0663-8221234");
  await page.getByRole("button", { name: "报送", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已报送，待科室处理");
  return new URL(page.url()).pathname;
}

/** The receiving section's publishing account finds it in 我的待办 and adopts it; returns the approval draft's page. */
export async function adoptAsSection(page: Page, title: string, publisher = "jcwsk"): Promise<string> {
  await signInAs(page, publisher);
  await page.goto("/staff");
  await page.getByRole("list", { name: "待办事项" }).getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "采用", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已采用");
  await page.getByRole("link", { name: "网站信息发布审批表" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");
  return new URL(page.url()).pathname;
}

async function step(page: Page, username: string, recordPath: string, button: string, expectedState: string) {
  await signInAs(page, username);
  await page.goto(recordPath);
  await page.getByRole("button", { name: button, exact: true }).click();
  // The page confirms the step (?done=); the state alone may not change (the first of two 审定).
  await expect(page.getByRole("status").filter({ hasText: `已${button}。` })).toBeVisible();
  await expect(page.getByTestId("record-state")).toHaveText(expectedState);
}

/** The Art. 9 path for 基层卫生科 (overseen by fjz3), from the adopted draft to 已发布; returns the public article's path. */
export async function publishThroughArt9(page: Page, approvalPath: string): Promise<string> {
  await step(page, "jcwsk", approvalPath, "提交审核", "待科室领导审核");
  await step(page, "jcwsk-kz", approvalPath, "审核通过", "待局分管领导审批");
  await step(page, "fjz3", approvalPath, "批准", "已批准，待推送");
  await step(page, "jcwsk", approvalPath, "推送", "待信息统计科和宣传科审定");
  await step(page, "xxtjk-kz", approvalPath, "审定", "待信息统计科和宣传科审定");
  await step(page, "xck-kz", approvalPath, "审定", "已发布");
  const href = await page.getByRole("link", { name: "查看网站文章" }).first().getAttribute("href");
  expect(href).toMatch(/^\/articles\/\d+$/);
  return href!;
}

/** 报送 and 采用 of a county or unit in this quarter's statistics (Art. 19), as 信息统计科 reads them. */
export async function quarterFigures(page: Page, unit = "榕城区卫生计生局"): Promise<{ submitted: number; adopted: number }> {
  await signInAs(page, "xxtjk-kz");
  await page.goto("/staff/stats");
  const table = page.getByTestId("stats-table");
  const header = await table.locator("thead th").allTextContents();
  const cells = await table.locator("tbody tr").filter({ has: page.getByRole("cell", { name: unit, exact: true }) }).locator("td").allTextContents();
  return { submitted: Number(cells[header.indexOf("报送信息")]), adopted: Number(cells[header.indexOf("采用信息")]) };
}
