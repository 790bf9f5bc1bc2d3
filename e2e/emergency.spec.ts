import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

// Art. 7 (issue 13 item 6): the emergency banner is proposed by a finalizer and shows on the
// public pages only after one bureau leader approves it. Several sign-ins on a busy machine.
test.describe.configure({ timeout: 150_000 });

async function as(page: Page, username: string) {
  await page.context().clearCookies();
  await login(page, username);
  await expect(page).toHaveURL(/\/staff/);
}

const PUBLIC_PAGES = ["/", "/columns/news"];

test("xck-kz proposes a banner, it is not public; fjz1 approves, it is on every public page; it is taken down with a reason", async ({ page }) => {
  const message = `关于做好登革热疫情防控工作的紧急通告 ${Date.now()}`;
  // Warm the cached public pages, so that the test sees them refreshed, not rendered anew.
  for (const path of PUBLIC_PAGES) await page.goto(path);

  await as(page, "xck-kz");
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
  await as(page, "xxtjk-kz");
  await page.goto(record);
  await expect(page.getByTestId("record-state")).toHaveText("待局领导批准");
  await expect(page.getByRole("button", { name: "批准", exact: true })).toHaveCount(0);

  // A deputy director finds it in 我的待办 and approves it.
  await as(page, "fjz1");
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
  await as(page, "xck-kz");
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
  await as(page, "xck");
  await page.goto("/staff/banner");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/只有信息统计科、宣传科的审定人和局领导/);
  await page.goto("/staff/forms/emergency-banner/new");
  await expect(page.getByRole("button", { name: "提请批准" })).toHaveCount(0);
});
