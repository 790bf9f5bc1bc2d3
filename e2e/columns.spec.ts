import { expect, test, type Page } from "@playwright/test";
import { signInAs, stepAs } from "./helpers";

// Issue 6 in a real browser: the column table is changed through its own approval path, and
// the publication form's column picker follows the new table at once. Specs share one
// database, so the second test moves 无偿献血 back to 医政科 for the specs that follow.
test.describe.configure({ mode: "serial", timeout: 180_000 });



/** 信息统计科 proposes one row of change (一般调整); 局办公室 and 分管领导 approve; 信息统计科 puts it into effect. */
async function applyChange(page: Page, description: string, fillRow: (page: Page) => Promise<void>) {
  await signInAs(page, "xxtjk");
  await page.goto("/staff/columns");
  await page.getByRole("link", { name: "新建栏目调整" }).click();
  await page.getByLabel("调整说明").fill(description);
  await page.getByRole("button", { name: "增加一行" }).click();
  await fillRow(page);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待局办公室审核");
  const record = new URL(page.url()).pathname;
  await stepAs(page, "bgs-kz", record, "审核通过", "待分管领导批准");
  // A 一般调整 needs no director's 审定 (Art. 5).
  await stepAs(page, "fjz1", record, "批准", "已批准，待生效");
  await stepAs(page, "xxtjk", record, "生效", "已生效");
}

async function reassignBloodDonation(page: Page, sectionName: string) {
  await applyChange(page, `无偿献血栏目改由${sectionName}负责`, async (p) => {
    await p.getByLabel("第1行操作").selectOption({ label: "更换责任科室" });
    await p.getByLabel("第1行栏目代码").selectOption({ value: "blood-donation" });
    await p.getByLabel("第1行责任科室（新增、更换、专题）").selectOption({ label: sectionName });
  });
  await page.goto("/staff/columns");
  await expect(page.locator('tr[data-slug="blood-donation"]')).toContainText(sectionName);
}

async function columnChoices(page: Page, username: string): Promise<string[]> {
  await signInAs(page, username);
  await page.goto("/staff/forms/publication-approval/new");
  return page.getByLabel("栏目").locator("option").allTextContents();
}

test("moving 无偿献血 from 医政科 to 宣传科 takes effect: yzk can no longer choose it and xck can", async ({ page }) => {
  expect(await columnChoices(page, "yzk")).toContain("无偿献血");
  expect(await columnChoices(page, "xck")).not.toContain("无偿献血");

  // A 医政科 draft in flight for the column.
  const draftTitle = `献血屋开放时间 ${Date.now()}`;
  await signInAs(page, "yzk");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByLabel("标题").fill(draftTitle);
  await page.getByLabel("栏目").selectOption({ label: "无偿献血" });
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");

  await reassignBloodDonation(page, "宣传科");

  expect(await columnChoices(page, "yzk")).not.toContain("无偿献血");
  expect(await columnChoices(page, "xck")).toContain("无偿献血");
  // The draft is flagged to 宣传科 on its workbench and the column screen.
  await page.goto("/staff");
  await expect(page.getByRole("heading", { name: /转入本科室的在办信息/ })).toBeVisible();
  await page.goto("/staff/columns");
  await expect(page.getByRole("link", { name: draftTitle })).toBeVisible();
  // The change is kept as a version with a readable diff.
  await signInAs(page, "xxtjk");
  await page.goto("/staff/columns");
  await page.getByRole("button", { name: "比较" }).click();
  await expect(page.getByLabel("版本差异")).toContainText("栏目“无偿献血”责任科室：医政科 → 宣传科");
});

test("moving it back restores 医政科's choice", async ({ page }) => {
  await reassignBloodDonation(page, "医政科");
  expect(await columnChoices(page, "yzk")).toContain("无偿献血");
});

test("a 专题专栏 added through the form appears in the public navigation, and goes when hidden", async ({ page }) => {
  const slug = `e2e-topic-${Date.now()}`;
  const name = `专题${Date.now() % 100000}`;
  await applyChange(page, "宣传科申请专题专栏", async (p) => {
    await p.getByLabel("第1行操作").selectOption({ label: "申请专题专栏（第六条）" });
    await p.getByLabel("第1行栏目代码").fill(slug);
    await p.getByLabel("第1行栏目名称（新增、更名、专题）").fill(name);
    await p.getByLabel("第1行责任科室（新增、更换、专题）").selectOption({ label: "宣传科" });
  });
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "栏目分类" }).getByRole("link", { name, exact: true })).toBeVisible();
  await page.goto(`/columns/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await applyChange(page, "隐藏测试专题", async (p) => {
    await p.getByLabel("第1行操作").selectOption({ label: "隐藏" });
    // An existing column is picked from the tree, shown with its responsible section.
    const picker = p.getByLabel("第1行栏目代码");
    await expect(picker.locator(`option[value="${slug}"]`)).toHaveText(new RegExp(`${name}（宣传科）`));
    await picker.selectOption({ value: slug });
  });
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "栏目分类" }).getByRole("link", { name, exact: true })).toHaveCount(0);
});
