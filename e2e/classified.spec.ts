import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// Art. 17 in a real browser: with 是否涉密 = 是 no button sends anything; the message sits beside
// the field. Without JavaScript the server refuses the same way.
test.describe.configure({ timeout: 120_000 });

test("涉密 = 是: 保存草稿 and 提交审核 refuse beside 是否涉密, and the typed title stays on the page", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (r) => { if (r.method() === "POST") sent.push(r.postData() ?? ""); });
  await login(page, "yzk");
  await expect(page).toHaveURL(/\/staff/);
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("是").check();
  const title = `涉密测试 ${Date.now()}`;
  await page.getByLabel("标题").fill(title);
  for (const button of ["保存草稿", "提交审核"]) {
    await page.getByRole("button", { name: button }).click();
    await expect(page.locator("#f-secret-err")).toContainText("线下渠道");
    await expect(page.locator("#f-secret-err")).toContainText("第十七条");
  }
  await expect(page).toHaveURL(/\/new$/);
  await expect(page.getByLabel("标题")).toHaveValue(title);
  expect(sent.filter((b) => b.includes(title))).toEqual([]);
});

test("涉密 = 是 with JavaScript disabled: the server refuses 保存草稿 with the same message", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, "yzk");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("是").check();
  await page.getByLabel("标题").fill(`涉密无脚本 ${Date.now()}`);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText(/是否涉密：.*线下渠道/)).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);
  await context.close();
});
