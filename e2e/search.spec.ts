import { expect, test } from "@playwright/test";

// The search options are a GET form: everything must work with JavaScript off.
test.use({ javaScriptEnabled: false });

test("search options work without JavaScript: column, title only, a word left out, a pasted phrase", async ({ page }) => {
  await page.goto("/search");
  const submit = page.locator("form").filter({ has: page.locator("#search-q") }).getByRole("button", { name: "搜索", exact: true });
  await page.getByLabel("关键词").fill("登革热");
  await page.getByText("高级搜索").click(); // a native <details>
  await page.getByLabel("栏目", { exact: true }).selectOption({ label: "健康知识" });
  await page.getByLabel("仅标题").check();
  await submit.click();
  await expect(page).toHaveURL(/column=health/);
  await expect(page).toHaveURL(/scope=title/);
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("link", { name: "夏季如何预防登革热" })).toBeVisible();
  // the options stay filled on the result page
  await expect(page.getByLabel("栏目", { exact: true })).toHaveValue("health");
  await expect(page.getByLabel("仅标题")).toBeChecked();

  await page.getByLabel("不包含的词").fill("夏季");
  await submit.click();
  await expect(page.getByText(/没有找到与“登革热”相关的信息/)).toBeVisible();

  // a phrase pasted from a demo body that crosses word boundaries
  await page.goto("/search?q=" + encodeURIComponent("不断提高卫"));
  await expect(page.getByText(/找到 \d+ 条/)).toBeVisible();
});

test("wrong options get Chinese messages and keep what was typed", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("登革热")}&from=2026-02-30&column=no-such&exclude=${encodeURIComponent("！！")}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("开始日期“2026-02-30”不是有效日期");
  await expect(alert).toContainText("所选栏目不存在或未公开");
  await expect(alert).toContainText("排除词中没有可搜索的文字");
  await expect(page.getByLabel("关键词")).toHaveValue("登革热");
  await expect(page.getByLabel("不包含的词")).toHaveValue("！！");
  await expect(page.getByTestId("search-results")).toHaveCount(0);

  await page.goto(`/search?q=${encodeURIComponent("登革热")}&from=2026-03-02&to=2026-03-01`);
  await expect(page.getByRole("alert")).toContainText("开始日期不能晚于结束日期");
});
