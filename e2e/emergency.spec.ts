import { expect, test, type Page } from "@playwright/test";
import { pasteRichText, signInAs } from "./helpers";

// Art. 7 (issue 13 item 6): the emergency banner is proposed by a finalizer and shows on the
// public pages only after one bureau leader approves it. Several sign-ins on a busy machine.
test.describe.configure({ timeout: 150_000 });


const PUBLIC_PAGES = ["/", "/columns/news"];

test("xck-kz proposes a banner, it is not public; fjz1 approves, it is on every public page; it is taken down with a reason", async ({ page }) => {
  const message = `关于做好登革热疫情防控工作的紧急通告 ${Date.now()}`;
  // Warm the cached public pages, so that the test sees them refreshed, not rendered anew.
  for (const path of PUBLIC_PAGES) await page.goto(path);

  await signInAs(page, "xck-kz");
  await page.goto("/staff/banner");
  await page.getByRole("link", { name: "提请发布紧急公告" }).click();
  await page.getByLabel("公告内容").fill(message);
  await page.getByLabel("详情链接").fill("/columns/notices");
  await page.getByRole("button", { name: "提请批准", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待局领导批准");
  const record = new URL(page.url()).pathname;
  // The proposer has no 批准 button, and the public pages do not show the proposal.
  await expect(page.getByRole("button", { name: "批准", exact: true })).toHaveCount(0);
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expect(page.getByTestId("emergency-banner")).toHaveCount(0);
  }

  // Another finalizer cannot approve it either.
  await signInAs(page, "xxtjk-kz");
  await page.goto(record);
  await expect(page.getByTestId("record-state")).toHaveText("待局领导批准");
  await expect(page.getByRole("button", { name: "批准", exact: true })).toHaveCount(0);

  // A deputy director finds it in 我的待办 and approves it.
  await signInAs(page, "fjz1");
  await page.goto("/staff");
  await page.getByRole("list", { name: "待办事项" }).getByRole("link", { name: message.slice(0, 40) }).click();
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已在网站显示");
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expect(page.getByTestId("emergency-banner")).toContainText(message);
  }
  await page.goto("/staff/banner");
  await expect(page.getByTestId("live-banner")).toContainText(message);

  // Taking it down is one step by a finalizer, with a reason.
  await signInAs(page, "xck-kz");
  await page.goto(record);
  await page.getByRole("button", { name: "撤下", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请填写撤下的意见或理由" })).toBeVisible();
  await page.getByLabel("意见", { exact: true }).fill("疫情已得到控制");
  await page.getByRole("button", { name: "撤下", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已撤下");
  await page.goto("/");
  await expect(page.getByTestId("emergency-banner")).toHaveCount(0);
});

test("a publishing account cannot propose a banner", async ({ page }) => {
  await signInAs(page, "xck");
  await page.goto("/staff/banner");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/只有信息统计科、宣传科的审定人和局领导/);
  await page.goto("/staff/forms/emergency-banner/new");
  await expect(page.getByRole("button", { name: "提请批准" })).toHaveCount(0);
});

test("紧急发布: published after the chief and one leader, flagged on 统计督查 and the record until the 补签 are in", async ({ page }) => {
  test.setTimeout(240_000); // eight sign-ins
  const title = `紧急献血倡议 ${Date.now()}`;
  await signInAs(page, "yzk");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("标题").fill(title);
  await pasteRichText(page, "正文", "<p>全市血液库存告急，请市民踊跃献血。</p>");
  await page.getByLabel("栏目").selectOption({ label: "无偿献血" });
  await page.getByRole("radiogroup", { name: "紧急发布", exact: true }).getByLabel("是").check();
  await page.getByLabel("紧急发布理由").fill("台风过后血液库存告急，须当日发布倡议。");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待科室领导审核");
  const record = new URL(page.url()).pathname;

  const step = async (username: string, button: string, state: string) => {
    await signInAs(page, username);
    await page.goto(record);
    await page.getByRole("button", { name: button, exact: true }).click();
    await expect(page.getByTestId("record-state")).toHaveText(state);
  };
  await step("yzk-kz", "同意紧急发布", "待局领导批准紧急发布");
  await page.goto("/columns/blood-donation");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await step("fjz3", "批准紧急发布", "已紧急发布，待补签");
  await expect(page.getByTestId("urgent-flag")).toContainText("局分管领导、信息统计科审定、宣传科审定");
  await page.goto("/columns/blood-donation");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  await signInAs(page, "jz");
  await page.goto("/staff/stats");
  await expect(page.getByTestId("urgent-pending-item").filter({ hasText: title })).toContainText("待补签：局分管领导、信息统计科审定、宣传科审定");

  await step("fjz2", "补签", "已紧急发布，待补签");
  await step("xxtjk-kz", "补签", "已紧急发布，待补签");
  await expect(page.getByTestId("urgent-flag")).toContainText("待补签：宣传科审定");
  await step("xck-kz", "补签", "已发布");
  await expect(page.getByTestId("urgent-flag")).toHaveCount(0);
  await signInAs(page, "jz");
  await page.goto("/staff/stats");
  await expect(page.getByTestId("urgent-pending-item").filter({ hasText: title })).toHaveCount(0);
});
