import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Jieyang@2016";

/**
 * Signs in as `username`, signed out first. The previous page is left before the cookies are
 * cleared: a request still in flight from it (a refresh after an action) could otherwise set the
 * previous account's cookie again, and /login would then send the old account to /staff.
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("about:blank");
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in as a staff account and lands on the workplace. */
export async function signInAs(page: Page, username: string) {
  await login(page, username);
  await expect(page).toHaveURL(/\/staff/);
}

/** Signs in as `username`, opens the record and takes the step named by its button. */
export async function stepAs(page: Page, username: string, recordPath: string, button: string, expectedState: string) {
  await signInAs(page, username);
  await page.goto(recordPath);
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText(expectedState);
}

/** Nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Fails the test when the page ran an injected script (it sets window.__xss) or opened a dialog. */
export function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  };
}

/**
 * Pastes HTML into a rich-text field's editor (labelled by the field's label) the way a
 * browser does when a user presses Ctrl+V after copying from Word: a real paste event whose
 * DataTransfer carries text/html.
 */
export async function pasteRichText(page: Page, label: string, html: string) {
  // The editor, not the textarea that holds the value until the editor has loaded.
  const editor = page.getByRole("textbox", { name: label, exact: true }).and(page.locator("[contenteditable=true]"));
  await editor.click();
  await editor.evaluate((el, content) => {
    const data = new DataTransfer();
    data.setData("text/html", content);
    data.setData("text/plain", content.replace(/<[^>]*>/g, ""));
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}
