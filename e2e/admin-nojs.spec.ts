// Issue 15 items 2 (the sysadmin's forms) and 3 (三员分立), in a browser with JavaScript off:
// every form on /staff/admin posts, no temporary password reaches a URL, and a reset of an
// administrator's password waits for the security administrator.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { login } from "./helpers";

/** Signs in with scripts on (the login form is another issue's), then continues with JavaScript off. */
async function noScriptSession(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page; urls: string[] }> {
  const withJs = await browser.newContext();
  const first = await withJs.newPage();
  await login(first, username);
  await expect(first).toHaveURL(/\/staff/);
  const storageState = await withJs.storageState();
  await withJs.close();
  const context = await browser.newContext({ javaScriptEnabled: false, storageState });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return { context, page, urls };
}

test("the sysadmin's forms post without JavaScript, and an administrator's reset becomes a proposal the secadmin decides", async ({ browser }) => {
  const sys = await noScriptSession(browser, "sysadmin");
  await sys.page.goto("/staff/admin");
  const methods = await sys.page.locator("main form").evaluateAll((forms) => forms.map((f) => (f as HTMLFormElement).method));
  expect(methods.length).toBeGreaterThan(10);
  expect(new Set(methods)).toEqual(new Set(["post"]));

  // An ordinary account: reset at once.
  const reporter = sys.page.getByTestId("account-hlx-xxy");
  await reporter.getByPlaceholder("临时密码").fill("Secret#2026xy");
  await reporter.getByRole("button", { name: "重置密码" }).click();
  await expect(sys.page.getByRole("status").filter({ hasText: "已重置为临时密码" })).toBeVisible();

  // The auditor: only proposed.
  const auditor = sys.page.getByTestId("account-auditor");
  await auditor.getByPlaceholder("临时密码").fill("Secret#2026zz");
  await auditor.getByRole("button", { name: "重置密码" }).click();
  await expect(sys.page.getByRole("status").filter({ hasText: "须经另一名管理员" })).toBeVisible();
  await sys.page.goto("/staff/admin");
  await expect(sys.page.getByTestId("proposal-auditor-reset_password")).toContainText("本人提出");
  await expect(sys.page.getByTestId("proposal-auditor-reset_password").getByRole("button", { name: "批准" })).toHaveCount(0);
  expect(sys.urls.filter((u) => /Secret|tempPassword|password=/i.test(u))).toEqual([]);
  await sys.context.close();

  // The secadmin sees it on the approvals page and rejects it (approval is covered in lib/auth/admin-proposals.int.test.ts).
  const sec = await noScriptSession(browser, "secadmin");
  await sec.page.goto("/staff/admin/approvals");
  const proposal = sec.page.getByTestId("proposal-auditor-reset_password");
  await expect(proposal).toContainText("由 sysadmin");
  await proposal.getByLabel("驳回理由").fill("未说明理由");
  await proposal.getByRole("button", { name: "驳回" }).click();
  // The page comes back from the post with the outcome, without the decided proposal.
  await expect(sec.page.getByRole("status").filter({ hasText: "已驳回" })).toBeVisible();
  await expect(sec.page.getByText("没有待批准的变更")).toBeVisible();
  expect(sec.urls.filter((u) => /note=|proposalId=/.test(u))).toEqual([]);
  // The secadmin cannot open the account administration itself.
  await sec.page.goto("/staff/admin");
  await expect(sec.page.getByText("无权访问")).toBeVisible();
  await sec.context.close();

  // The auditor still signs in with the old password.
  const audit = await browser.newContext();
  const page = await audit.newPage();
  await login(page, "auditor");
  await expect(page).toHaveURL(/\/staff/);
  await audit.close();
});
