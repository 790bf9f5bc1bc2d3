import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// Issue 8 in a real browser: 信息统计科 sees the whole site's figures, and the CSV it downloads
// holds exactly the rows the page shows; a section without the permission is refused.
test.describe.configure({ timeout: 120_000 });

test("xxtjk sees the statistics page and its CSV matches the table on screen", async ({ page }) => {
  await login(page, "xxtjk");
  await expect(page).toHaveURL(/\/staff/);
  await page.getByRole("link", { name: "统计督查", exact: true }).click();
  await expect(page.getByRole("heading", { name: "统计督查", level: 1 })).toBeVisible();
  for (const key of ["news", "notices_policies", "empty_columns", "letters"]) {
    await expect(page.getByTestId(`monitor-${key}`)).toHaveAttribute("data-light", /^(green|amber|red)$/);
  }
  await expect(page.getByRole("img", { name: /报送与发布/ })).toBeVisible();
  await expect(page.getByTestId("supervision-unapproved")).toHaveAttribute("data-count", "0");

  const table = page.getByTestId("stats-table");
  const onScreen = await table.locator("tr").evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("th,td")).map((c) => c.textContent?.trim() ?? "")));
  expect(onScreen.length).toBeGreaterThan(5);
  expect(onScreen.some((r) => r[0] === "信息统计科")).toBe(true);

  const href = await page.getByTestId("csv-link").getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const body = await res.text();
  expect(body.startsWith("\uFEFF")).toBe(true);
  const csv = body.slice(1).trim().split("\r\n").map((l) => l.split(","));
  expect(csv).toEqual(onScreen);
});

test("a section sees its own figures on /staff and no site-wide statistics", async ({ page }) => {
  await login(page, "yzk");
  await expect(page).toHaveURL(/\/staff/);
  await expect(page.getByTestId("own-stats")).toBeVisible();
  await expect(page.getByRole("link", { name: "统计督查", exact: true })).toHaveCount(0);
  await page.goto("/staff/stats");
  await expect(page.getByRole("alert").filter({ hasText: "没有执行此操作的权限" })).toBeVisible();
});
