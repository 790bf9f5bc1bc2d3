import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// /staff/forms/[formKey]/new tells an account that may not create the record the definition's
// own reason, not the publication approval's (发布信息须由科室发布账号…) for every form.
test("a county reporter opening the emergency banner's new page is told who proposes a banner", async ({ page }) => {
  await login(page, "rcq-xxy");
  await expect(page).toHaveURL(/\/staff/);
  await page.goto("/staff/forms/emergency-banner/new");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("您的账号不能提请紧急公告。紧急公告由信息统计科或宣传科的审定人员提请，经局领导批准后发布（第七条）。");
  await expect(page.getByRole("button", { name: "提请批准" })).toHaveCount(0);
  // The publication approval keeps its own explanation for the same account.
  await page.goto("/staff/forms/publication-approval/new");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/发布信息须由科室发布账号（信息员）填写/);
});
