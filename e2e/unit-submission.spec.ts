import { expect, test } from "@playwright/test";
import { adoptAsSection, publishThroughArt9, quarterFigures, reportAsCounty, signInAs } from "./unit-submission-steps";

// 信息报送 (issue 13 item 1, Art. 8, 16): a county has no publishing account; its 信息员 reports to
// the city section it reports to, which adopts the material into its own Art. 9 path.
// Nine sign-ins on a busy two-core machine.
test.describe.configure({ timeout: 240_000 });

test("rcq-xxy 报送 → 基层卫生科 采用 → the Art. 9 path → public with 来源 → the reporter sees the article", async ({ page }) => {
  const title = `榕城区家庭医生签约服务进展 ${Date.now()}`;
  // Other specs share the database: the quarter's figures are compared with what they were before.
  const before = await quarterFigures(page);
  const submission = await reportAsCounty(page, title);

  const approval = await adoptAsSection(page, title);
  // The draft is prefilled from the submission, and says where it came from.
  await expect(page.getByLabel("标题")).toHaveValue(title);
  await expect(page.getByTestId("record-source")).toHaveText("榕城区卫生计生局");

  const article = await publishThroughArt9(page, approval);
  await page.context().clearCookies();
  await page.goto(article);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("来源：榕城区卫生计生局")).toBeVisible();

  // The reporter follows its submission to the published article.
  await signInAs(page, "rcq-xxy");
  await page.goto("/staff/submissions");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row.getByTestId("submission-state")).toHaveText("已采用");
  await row.getByRole("link", { name: "查看网站文章" }).click();
  await expect(page).toHaveURL(new RegExp(`${article}$`));
  await page.goto(submission);
  await expect(page.getByTestId("adopted-state")).toHaveText("已发布");
  await expect(page.getByTestId("adopted-article")).toHaveAttribute("href", article);

  // Art. 19: this quarter's figures count the submission and its adoption for 榕城区.
  expect(await quarterFigures(page)).toEqual({ submitted: before.submitted + 1, adopted: before.adopted + 1 });
});

test("another county's reporter does not find it, and a reporter is offered only its own 业务归口 sections", async ({ page }) => {
  const title = `榕城区报送测试 ${Date.now()}`;
  const submission = await reportAsCounty(page, title);
  await signInAs(page, "jdq-xxy");
  const res = await page.goto(submission);
  expect(res?.status()).toBe(404);
  await page.goto("/staff/forms/unit-submission/new");
  const options = await page.getByLabel("报送科室").locator("option").allTextContents();
  expect(options).toEqual(["请选择", "基层卫生科"]);
  // 市疾病预防控制中心 reports to two city sections and chooses.
  await signInAs(page, "jkzx-xxy");
  await page.goto("/staff/forms/unit-submission/new");
  expect((await page.getByLabel("报送科室").locator("option").allTextContents()).sort()).toEqual(["基层卫生科", "疾病预防控制科", "请选择"].sort());
});

test("with JavaScript off: 报送, then 退回修改 with an opinion comes back to the reporter with everything kept", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const title = `无脚本报送 ${Date.now()}`;
  await signInAs(page, "wsjds-xxy");
  await page.goto("/staff/forms/unit-submission/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("报送科室").selectOption({ label: "医政科" });
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("正文").fill("<p>市卫生监督所开展医疗机构依法执业专项检查。</p>");
  await page.getByLabel("联系人").fill("林监督");
  await page.getByLabel("联系电话").fill("0663-8225678");
  await page.getByRole("button", { name: "报送", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已报送，待科室处理");
  const submission = new URL(page.url()).pathname;

  await signInAs(page, "yzk");
  await page.goto(submission);
  await page.getByLabel("意见", { exact: true }).fill("请补充检查发现的主要问题。");
  await page.getByRole("button", { name: "退回修改", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已退回修改");

  await signInAs(page, "wsjds-xxy");
  await page.goto(submission);
  await expect(page.getByText("意见：请补充检查发现的主要问题。")).toBeVisible();
  await expect(page.getByLabel("标题")).toHaveValue(title);
  await expect(page.getByLabel("联系人")).toHaveValue("林监督");
  await context.close();
});
