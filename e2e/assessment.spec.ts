import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

// Issue 13 items 8 and 9 in a real browser: xxtjk-kz drafts the last quarter's 考核, approves it
// (the table is frozen) and downloads the PDF; a 通报 drafted by xxtjk-kz and approved by the
// deputy in charge (fjz1) is listed on /staff/stats, and nobody else sees a 批准 button for it.
test.describe.configure({ mode: "serial", timeout: 180_000 });


/** The quarter before the running one, in Beijing time (the quarter a 考核 is approved for). */
function lastQuarter(): string {
  const d = new Date(Date.now() + 8 * 3_600_000);
  const q = Math.floor(d.getUTCMonth() / 3) + 1;
  return q === 1 ? `${d.getUTCFullYear() - 1}-Q4` : `${d.getUTCFullYear()}-Q${q - 1}`;
}

test("xxtjk-kz drafts the quarter's 考核, approves it, and downloads the PDF", async ({ page }) => {
  const quarter = lastQuarter();
  await signInAs(page, "xxtjk-kz");
  await page.getByRole("link", { name: "统计督查", exact: true }).click();
  await page.getByTestId("assessment-link").click();
  await expect(page).toHaveURL(/\/staff\/stats\/assessment/);
  await expect(page.getByRole("heading", { name: "季度考核（第十九条）" })).toBeVisible();
  await expect(page.getByTestId("assessment-status")).toHaveAttribute("data-frozen", "false");
  await expect(page.getByTestId("assessment-table")).toContainText("榕城区卫生计生局");

  await page.getByRole("link", { name: "新建季度考核表" }).click();
  await expect(page).toHaveURL(/\/staff\/forms\/quarterly-assessment\/new/);
  await page.getByLabel("考核季度").fill(quarter);
  await page.getByLabel("说明").fill("按计分办法计算的季度考核");
  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已批准（考核结果已冻结）");

  await page.goto(`/staff/stats/assessment?period=${quarter}`);
  await expect(page.getByTestId("assessment-status")).toHaveAttribute("data-frozen", "true");
  await expect(page.getByRole("link", { name: "新建季度考核表" })).toHaveCount(0);
  const href = await page.getByTestId("assessment-pdf-link").getAttribute("href");
  expect(href).toBe(`/staff/stats/assessment/pdf?period=${quarter}`);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const pdf = await res.body();
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.toString("latin1")).toContain("NotoSansSC");

  // A section chief elsewhere has no statistics screen and gets no PDF.
  await signInAs(page, "yzk-kz");
  expect((await page.request.get(href!)).status()).toBe(403);
});

test("a 通报 by xxtjk-kz, approved by the deputy in charge, is listed in the statistics", async ({ page }) => {
  const caseText = `基层卫生科本季度未在通知公告栏目更新信息 ${Date.now()}`;
  await signInAs(page, "xxtjk-kz");
  await page.goto("/staff/stats");
  await page.getByRole("link", { name: "新建通报" }).click();
  await expect(page).toHaveURL(/\/staff\/forms\/circular\/new/);
  await page.getByLabel("被通报科室或单位").selectOption({ label: "基层卫生科" });
  await page.getByLabel("通报事由").fill(caseText);
  await page.getByRole("button", { name: "提交审批", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待分管领导审批");
  const record = new URL(page.url()).pathname;
  await expect(page.getByRole("button", { name: "批准", exact: true })).toHaveCount(0);

  // Another deputy does not get to approve it.
  await signInAs(page, "fjz3");
  await page.goto(record);
  await expect(page.getByRole("button", { name: "批准", exact: true })).toHaveCount(0);

  await signInAs(page, "fjz1");
  await page.goto(record);
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已批准");

  await signInAs(page, "xxtjk-kz");
  await page.goto("/staff/stats");
  await expect(page.getByTestId("circulars")).toContainText(caseText);
  await expect(page.getByTestId("circulars")).toContainText("基层卫生科");
  await expect(page.getByTestId("supervision-stale-sections")).toBeVisible();
  await expect(page.getByTestId("leak-signals")).toBeVisible();

  // The section named sees it on its own workplace.
  await signInAs(page, "jcwsk");
  await expect(page.getByTestId("own-circulars")).toContainText(caseText);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("xxtjk-kz changes a 考核 weight with a plain form post; a bad value is refused with its message and kept", async ({ page }) => {
    await signInAs(page, "xxtjk-kz");
    await page.goto("/staff/stats/assessment");
    await page.getByLabel("每次被通报（分）").fill("-8");
    await page.getByLabel("县区、单位每被采用一条信息（分）").fill("三");
    await page.getByRole("button", { name: "保存计分办法" }).click();
    await expect(page.getByRole("alert")).toContainText("填写的内容有误");
    await expect(page.getByLabel("县区、单位每被采用一条信息（分）")).toHaveValue("三");
    await expect(page.getByText("请填写−1000到1000之间的整数")).toBeVisible();
    await page.getByLabel("县区、单位每被采用一条信息（分）").fill("4");
    await page.getByLabel("每次被通报（分）").fill("-8");
    await page.getByRole("button", { name: "保存计分办法" }).click();
    await expect(page.getByRole("status")).toContainText("计分办法已保存");
    await page.goto("/staff/stats/assessment");
    await expect(page.getByLabel("每次被通报（分）")).toHaveValue("-8");
    await expect(page.getByLabel("县区、单位每被采用一条信息（分）")).toHaveValue("4");
  });
});
