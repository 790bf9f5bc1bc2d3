// The 审定 → column-page latency for `npm run bench:public`: drives the real approval workflow
// in Chromium (the staff screens of the form engine), then times from the last finalizer's
// 审定 click until the static column page served to an anonymous visitor lists the item.
import { chromium, type Page } from "playwright-core";
import { CHROMIUM } from "./chromium";

const PASSWORD = "Jieyang@2016";
const COLUMN = { slug: "blood-donation", name: "无偿献血" };

export async function signIn(page: Page, base: string, username: string) {
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/staff/);
}

async function act(page: Page, base: string, username: string, record: string, button: string, state: string) {
  await signIn(page, base, username);
  await page.goto(`${base}${record}`);
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.getByTestId("record-state").filter({ hasText: state }).waitFor();
}

/**
 * Drafts an item for 无偿献血 as yzk and takes it through every step up to the last 审定, on
 * `base`. Returns the record's path; the page is left signed in as the last finalizer (xck-kz)
 * on that record, with the 审定 button in view.
 */
export async function approveUntilLastSignature(page: Page, base: string, title: string): Promise<string> {
  await signIn(page, base, "yzk");
  await page.goto(`${base}/staff/forms/publication-approval/new`);
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("标题").fill(title);
  // 正文 is a rich-text editor: type into it as a user would.
  await page.getByRole("textbox", { name: "正文", exact: true }).and(page.locator("[contenteditable=true]")).fill("本市开展无偿献血活动，欢迎符合条件的市民参加。");
  await page.getByLabel("栏目").selectOption({ label: COLUMN.name });
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByTestId("record-state").filter({ hasText: "待科室领导审核" }).waitFor();
  const record = new URL(page.url()).pathname;
  await act(page, base, "yzk-kz", record, "审核通过", "待局分管领导审批");
  await act(page, base, "fjz2", record, "批准", "已批准，待推送");
  await act(page, base, "yzk", record, "推送", "待信息统计科和宣传科审定");
  await act(page, base, "xxtjk-kz", record, "审定", "待信息统计科和宣传科审定");
  await signIn(page, base, "xck-kz");
  await page.goto(`${base}${record}`);
  return record;
}

/** Clicks the last 审定 and returns, per URL, the milliseconds until it shows `title` (null: not within `timeoutMs`). */
export async function publishAndWatch(page: Page, title: string, urls: string[], timeoutMs = 30_000): Promise<(number | null)[]> {
  const start = performance.now();
  await page.getByRole("button", { name: "审定", exact: true }).click();
  return Promise.all(
    urls.map(async (url) => {
      while (performance.now() - start < timeoutMs) {
        const res = await fetch(url).catch(() => null);
        if (res && (await res.text()).includes(title)) return performance.now() - start;
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }),
  );
}

export const PUBLISH_COLUMN = COLUMN;

/** Milliseconds from 审定 to the item on its column page, or null when the workflow is not available. */
export async function measurePublishLatency(base: string): Promise<number | null> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    const title = `基准测试：无偿献血活动通知 ${Date.now()}`;
    const columnUrl = `${base}/columns/${COLUMN.slug}`;
    await fetch(columnUrl); // The column page is cached before the last signature, as a citizen would find it.
    const record = await approveUntilLastSignature(page, base, title);
    if ((await (await fetch(columnUrl)).text()).includes(title)) throw new Error(`the item of ${record} is on the column page before 审定`);
    const [latency] = await publishAndWatch(page, title, [columnUrl]);
    if (latency == null) throw new Error("the item did not appear on its column page within 30 s");
    return latency;
  } catch (err) {
    console.log(`  审定 measurement failed: ${(err as Error).message.split("\n")[0]}`);
    return null;
  } finally {
    await browser.close();
  }
}
