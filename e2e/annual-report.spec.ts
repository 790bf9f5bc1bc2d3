import { expect, test, type Page } from "@playwright/test";
import { pasteRichText, signInAs, stepAs } from "./helpers";

// Issue 12, the annual report and document metadata, in a real browser: 局办公室 drafts the
// 2026 report, fills the text parts and submits it; the deputy overseeing 局办公室 approves; it is
// listed on /disclosure/annual-reports. A document published in 政府信息公开 with 文号 and 成文日期
// is later marked 废止 by its section, and its public page says so.
test.describe.configure({ timeout: 240_000 });



const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test("bgs drafts the 2026 report, the deputy approves it, and it is listed on /disclosure/annual-reports", async ({ page }) => {
  await signInAs(page, "bgs");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "年度报告" }).click();
  await expect(page.getByRole("heading", { name: "政府信息公开工作年度报告", level: 1 })).toBeVisible();
  await page.getByLabel("报告年度").fill("2026");
  await page.getByRole("button", { name: "建立年度报告草稿" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");
  const rec = new URL(page.url()).pathname;
  // The counted table 三 is on the draft already, with every row of the template.
  await expect(page.locator('[data-field="table3"]')).toContainText("（七）总计");
  await expect(page.locator('[data-field="table3"]')).toContainText("四、结转下年度继续办理");

  await page.getByLabel("一、总体情况").fill("2026年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息。");
  await page.getByLabel("五、存在的主要问题及改进情况").fill("政策解读形式较为单一，下一步将丰富解读形式。");
  await page.getByLabel("六、其他需要报告的事项").fill("本年度无其他需要报告的事项。");
  await page.getByLabel("本年度收取信息处理费（元）").fill("0");
  await page.getByRole("button", { name: "提交审批", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待局分管领导审批");

  // Another deputy does not even see it; fjz1 (over 局办公室) approves.
  await signInAs(page, "fjz2");
  await page.goto(rec);
  await expect(page.getByTestId("record-state")).toHaveCount(0);
  await stepAs(page, "fjz1", rec, "批准", "已发布");

  await page.context().clearCookies();
  await page.goto("/disclosure/annual-reports");
  const link = page.getByTestId("annual-reports").getByRole("link", { name: "揭阳市卫生和计划生育局2026年政府信息公开工作年度报告" });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("揭阳市卫生和计划生育局2026年政府信息公开工作年度报告");
  await expect(page.getByRole("heading", { name: "三、收到和处理政府信息公开申请情况" })).toBeVisible();
  await expect(page.getByText("2026年，我局认真贯彻落实")).toBeVisible();
  await expect(page.getByRole("link", { name: "政府信息公开", exact: true }).first()).toBeVisible();
});

test("a document in 政府信息公开 carries 文号 and 成文日期, and once marked 废止 its public page says so", async ({ page }) => {
  const title = `关于印发揭阳市医疗机构依法执业管理办法的通知 ${Date.now()}`;
  await signInAs(page, "bgs");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("标题").fill(title);
  await pasteRichText(page, "正文", "<p>各县（市、区）卫生计生局：现将管理办法印发给你们，请遵照执行。</p>");
  await expect(page.getByLabel("文号")).toHaveCount(0); // asked only for 政策法规 / 政府信息公开
  await page.getByLabel("栏目").selectOption({ label: "政府信息公开" });
  await page.getByLabel("文件类型").selectOption({ label: "行政规范性文件" });
  await page.getByLabel("文号").fill("揭市卫〔2026〕8号");
  await page.getByLabel("成文日期").fill("2026-01-05");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待科室领导审核");
  const rec = new URL(page.url()).pathname;

  await stepAs(page, "bgs-kz", rec, "审核通过", "待局分管领导审批");
  await stepAs(page, "fjz1", rec, "批准", "已批准，待推送");
  await stepAs(page, "bgs", rec, "推送", "待信息统计科和宣传科审定");
  await stepAs(page, "xxtjk-kz", rec, "审定", "待信息统计科和宣传科审定");
  await stepAs(page, "xck-kz", rec, "审定", "已发布");
  // A finalizer may withdraw it but not mark it 废止: that is the publishing section's.
  await expect(page.getByRole("button", { name: "标记废止/失效" })).toHaveCount(0);

  await signInAs(page, "bgs");
  await page.goto(rec);
  await page.getByLabel("有效性").selectOption({ label: "废止" });
  await page.getByLabel("废止或失效日期").fill(beijingToday());
  await page.getByRole("button", { name: "标记废止/失效", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已标记废止/失效。" })).toBeVisible();
  await expect(page.getByTestId("record-state")).toHaveText("已发布");
  const articleHref = await page.getByRole("link", { name: "查看网站文章" }).getAttribute("href");

  await page.context().clearCookies();
  await page.goto(articleHref!);
  const [y, m, d] = beijingToday().split("-").map(Number);
  await expect(page.getByTestId("document-banner")).toHaveText(`本文件已于${y}年${m}月${d}日废止。`);
  await expect(page.getByTestId("document-info")).toContainText("揭市卫〔2026〕8号");
  await expect(page.getByTestId("document-info")).toContainText("2026年1月5日");
  await expect(page.getByTestId("document-info")).toContainText("行政规范性文件");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("bgs creates a draft and submits it with plain form posts", async ({ page }) => {
    await signInAs(page, "bgs");
    await page.goto("/staff/annual-reports");
    await page.getByLabel("报告年度").fill("2025");
    await page.getByRole("button", { name: "建立年度报告草稿" }).click();
    await expect(page.getByTestId("record-state")).toHaveText("草稿");
    // The same year again is refused with a message, not an error page.
    await page.goto("/staff/annual-reports");
    await page.getByLabel("报告年度").fill("2025");
    await page.getByRole("button", { name: "建立年度报告草稿" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "2025年度的年度报告已经建立" })).toBeVisible();
    await page.getByRole("link", { name: "2025年政府信息公开工作年度报告" }).click();

    await page.getByLabel("一、总体情况").fill("2025年度总体情况。");
    await page.getByLabel("五、存在的主要问题及改进情况").fill("无。");
    await page.getByLabel("六、其他需要报告的事项").fill("无。");
    await page.getByLabel("本年度收取信息处理费（元）").fill("0");
    await page.getByRole("button", { name: "提交审批", exact: true }).click();
    await expect(page.getByTestId("record-state")).toHaveText("待局分管领导审批");
  });
});
