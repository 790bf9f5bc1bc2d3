// The Art. 7 emergency banner as the cluster test and benchmark drive it: a finalizer proposes it
// (forms/emergency-banner.ts), then a bureau leader opens it, ready to click 批准. The time that
// matters is from that approval to the banner on the public pages.
import type { Page } from "playwright-core";
import { signIn } from "./bench-publish";

export const BANNER_PROPOSER = "xck-kz";
export const BANNER_APPROVER = "fjz1";

/** Proposes `message` on `base`, checks it is not public yet, and leaves the leader on its record page. */
export async function proposeAndOpenForApproval(page: Page, base: string, message: string, publicUrls: string[]): Promise<void> {
  await signIn(page, base, BANNER_PROPOSER);
  await page.goto(`${base}/staff/forms/emergency-banner/new`);
  await page.getByLabel("公告内容").fill(message);
  await page.getByRole("button", { name: "提请批准", exact: true }).click();
  await page.getByTestId("record-state").filter({ hasText: "待局领导批准" }).waitFor({ timeout: 30_000 });
  const record = new URL(page.url()).pathname;
  for (const url of publicUrls) {
    if ((await (await fetch(url)).text()).includes(message)) throw new Error(`${url} shows the banner before a leader approved it`);
  }
  await signIn(page, base, BANNER_APPROVER);
  await page.goto(`${base}${record}`);
}

/** Clicks 批准 and returns the milliseconds until every URL shows `message` (null: not within 30 s). */
export async function approveAndWatch(page: Page, message: string, urls: string[]): Promise<(number | null)[]> {
  const start = performance.now();
  await page.getByRole("button", { name: "批准", exact: true }).click();
  return Promise.all(
    urls.map(async (url) => {
      while (performance.now() - start < 30_000) {
        if ((await (await fetch(url)).text()).includes(message)) return performance.now() - start;
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }),
  );
}
