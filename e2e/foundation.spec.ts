import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll, login } from "./helpers";

const ART10 = ["政府信息公开", "依申请公开", "领导信箱", "公众意见箱", "服务承诺", "机构职能", "政策法规", "通知公告", "工作动态", "业务管理", "办事指南", "医疗服务信息公开", "健康知识", "主题通道", "计生宣传栏", "无偿献血", "卫生人口信息", "信用信息双公示"];

test("the home page shows the site name, the Art. 10 columns and the footer", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/揭阳市卫生和计划生育局/);
  await expect(page.getByRole("banner").getByRole("link", { name: "揭阳市卫生和计划生育局" })).toBeVisible();
  const groups = page.getByRole("navigation", { name: "栏目分类" });
  for (const name of ART10) await expect(groups.getByRole("link", { name, exact: true }), name).toBeVisible();
  const footer = page.getByRole("contentinfo");
  for (const label of ["主办单位", "网站标识码", "ICP备案号", "公安机关备案号"]) await expect(footer).toContainText(label);
  await expect(footer.getByRole("link", { name: "我要纠错" })).toBeVisible();
});

test("a column page lists its articles with YYYY-MM-DD HH:MM times and opens one", async ({ page }) => {
  await page.goto("/columns/blood-donation");
  await expect(page.getByRole("heading", { level: 1, name: "无偿献血" })).toBeVisible();
  await expect(page.locator("main time").first()).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await page.getByRole("link", { name: "无偿献血知识问答" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "无偿献血知识问答" })).toBeVisible();
  await expect(page.getByText("来源：医政科")).toBeVisible();
});

test("an unknown page gets the Chinese 404", async ({ page }) => {
  const res = await page.goto("/columns/no-such-column");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "抱歉，您访问的页面不存在" })).toBeVisible();
});

test("anonymous /staff goes to /login", async ({ page }) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstaff/);
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
});

test("a wrong password shows a Chinese error and stays on the login page", async ({ page }) => {
  await login(page, "yzk", "Wrong@2016");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");
  await expect(page).toHaveURL(/\/login/);
  await login(page, "no-such-user", "Wrong@2016");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，请重新输入。");
});

test("yzk logs in, sees 医政科 and its role on /staff, and logs out", async ({ page }) => {
  await login(page, "yzk");
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId("section")).toHaveText("医政科");
  await expect(page.getByTestId("current-user")).toContainText("医政科信息员");
  await expect(page.getByText("科室信息员（发布账号）")).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login/);
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the public and staff shells fit the screen", async ({ page }) => {
    for (const path of ["/", "/columns/news", "/mailbox"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
    await page.getByText("栏目导航").click();
    await expect(page.getByRole("navigation", { name: "栏目导航" }).getByRole("link", { name: "无偿献血" }).first()).toBeVisible();
    await login(page, "yzk-kz");
    await expect(page.getByTestId("section")).toHaveText("医政科");
    await expectNoHorizontalScroll(page);
  });
});
