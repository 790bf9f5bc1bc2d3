import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { COLUMNS } from "../prisma/seed/columns";
import { expectNoHorizontalScroll, login, pasteRichText } from "./helpers";

async function elderOn(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "长者模式" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
}

/** The body must parse as XML in the browser's own parser. */
async function parseXml(page: Page, xml: string): Promise<{ error: string | null; locs: string[]; links: string[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const err = doc.querySelector("parsererror");
    return {
      error: err ? err.textContent : null,
      locs: [...doc.getElementsByTagName("loc")].map((e) => e.textContent ?? ""),
      links: [...doc.querySelectorAll("item > link")].map((e) => e.textContent ?? ""),
    };
  }, xml);
}

test("every Art. 10 column is reachable from the home page", async ({ page }) => {
  test.setTimeout(150_000); // eighteen round trips on a shared two-core machine
  for (const c of COLUMNS) {
    await page.goto("/");
    await page.getByRole("navigation", { name: "栏目分类" }).getByRole("link", { name: c.name, exact: true }).click();
    if (c.kind === "link") {
      await expect(page, c.name).toHaveURL(new RegExp(c.externalUrl!.replace(/[?]/g, "\\?")));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    } else {
      await expect(page, c.name).toHaveURL(`/columns/${c.slug}`);
      await expect(page.getByRole("heading", { level: 1, name: c.name })).toBeVisible();
    }
  }
});

test("search finds a published item by a Chinese word from its body, highlighted", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "站内搜索" }).fill("登革热");
  await page.getByRole("searchbox", { name: "站内搜索" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("link", { name: "夏季如何预防登革热" })).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText("登革热");
  // a word that occurs only in the body
  await page.goto("/search?q=" + encodeURIComponent("人民健康"));
  await expect(page.getByText(/找到 \d+ 条/)).toBeVisible();
  await page.goto("/search?q=" + encodeURIComponent("人民健康") + "&sort=date");
  await expect(page.getByLabel("排序")).toHaveValue("date");
});

test("empty, symbol-only, very long and hostile queries get a sensible page", async ({ page }) => {
  const cases: [string, RegExp][] = [
    ["", /请输入要查找的关键词/],
    ["！@#￥%……&*（）", /没有可搜索的文字/],
    ["卫生".repeat(300), /相关的信息/],
    ["<script>alert(1)</script>", /没有找到/],
    ["'); DROP TABLE articles; --", /没有找到|找到/],
  ];
  for (const [q, text] of cases) {
    const res = await page.goto(`/search?q=${encodeURIComponent(q)}&page=abc`);
    expect(res?.status(), q.slice(0, 20)).toBe(200);
    await expect(page.getByRole("main")).toContainText(text);
  }
  expect(await page.locator("main script").count()).toBe(0);
});

test("elder mode enlarges text without zoom and survives a reload", async ({ page }) => {
  await page.goto("/");
  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await size()).toBe("16px");
  await elderOn(page);
  expect(await size()).toBe("20px");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
  expect(await size()).toBe("20px");
  await expect(page.getByRole("button", { name: "退出长者模式" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/columns/news");
  await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
  await page.getByRole("button", { name: "退出长者模式" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: "长者模式" })).toBeVisible();
  expect(await size()).toBe("16px");
});

test("keyboard alone reaches the skip link, the search box and the mailbox link", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();
  const reached = new Set<string>();
  for (let i = 0; i < 150 && reached.size < 2; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => ({ id: document.activeElement?.id ?? "", href: document.activeElement?.getAttribute("href") ?? "" }));
    if (el.id === "site-search") {
      reached.add("search");
      await page.keyboard.type("献血");
    }
    if (el.href.startsWith("/mailbox")) {
      reached.add("mailbox");
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe("none"); // visible focus
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/mailbox/);
    }
  }
  expect([...reached].sort()).toEqual(["mailbox", "search"]);
});

test("axe finds no serious or critical violation on the public pages, normal and elder mode", async ({ page }) => {
  test.setTimeout(300_000); // ten full scans on a shared two-core machine
  await page.goto("/columns/health");
  const articleHref = await page.getByRole("main").locator("a[href^='/articles/']").first().getAttribute("href");
  const pages = ["/", "/columns/health", articleHref!, "/search?q=" + encodeURIComponent("健康"), "/mailbox"];
  for (const mode of ["normal", "elder"] as const) {
    if (mode === "elder") await elderOn(page);
    for (const path of pages) {
      await page.goto(path);
      if (mode === "elder") await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${mode} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  }
});

test("an article page has its source, time, print button, and previous/next links", async ({ page }) => {
  await page.goto("/columns/health");
  await page.getByRole("link", { name: "科学洗手六步法" }).click();
  await expect(page.getByText("来源：宣传科")).toBeVisible();
  await expect(page.getByText(/发布时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)).toBeVisible();
  await expect(page.getByRole("button", { name: "打印本页" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "上下篇" });
  await expect(nav).toContainText("上一篇：");
  await expect(nav.getByRole("link")).toHaveCount(2);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "科学洗手六步法" })).toBeVisible();
});

test("a 办事指南 item links to the online service hall and lists its materials", async ({ page }) => {
  await page.goto("/columns/guides");
  await page.getByRole("link", { name: "医师执业注册办事指南" }).click();
  const panel = page.getByRole("region", { name: "网上办事" });
  for (const [name, action] of [["在线申办", "apply"], ["网上咨询", "consult"], ["进度查询", "progress"], ["结果查询", "result"]]) {
    await expect(panel.getByRole("link", { name })).toHaveAttribute("href", new RegExp(`action=${action}`));
  }
  await expect(panel.getByRole("listitem")).toHaveCount(3 + 4);
  await expect(panel.getByRole("link", { name: /下载样表/ })).toHaveAttribute("href", /form=application/);
});

test("column pages paginate by path, and a page past the end is the Chinese 404", async ({ page }) => {
  const res = await page.goto("/columns/news/page/99");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "抱歉，您访问的页面不存在" })).toBeVisible();
  await page.goto("/columns/news/page/1");
  await expect(page).toHaveURL(/\/columns\/news$/);
});

test("/feed.xml, a column feed and /sitemap.xml parse as XML and list published items", async ({ page, request }) => {
  await page.goto("/");
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const rss = await parseXml(page, await feed.text());
  expect(rss.error).toBeNull();
  expect(rss.links.length).toBeGreaterThan(10);
  const column = await parseXml(page, await (await request.get("/columns/health/feed.xml")).text());
  expect(column.error).toBeNull();
  expect(column.links).toHaveLength(3);
  const map = await parseXml(page, await (await request.get("/sitemap.xml")).text());
  expect(map.error).toBeNull();
  expect(map.locs.some((l) => l.endsWith("/columns/health"))).toBe(true);
  for (const l of rss.links) expect(map.locs).toContain(l);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

// The emergency banner (Art. 7: proposed by a finalizer, shown after a leader approves): e2e/emergency.spec.ts.

test("a newly published item is on its column page, in /feed.xml, its column feed and /sitemap.xml at once", async ({ page, request }) => {
  test.setTimeout(150_000); // six sign-ins through the approval workflow
  const title = `献血屋国庆期间开放安排 ${Date.now()}`;
  // Warm the cached pages first, so that the test sees them refreshed, not rendered anew.
  for (const path of ["/columns/blood-donation", "/feed.xml", "/columns/blood-donation/feed.xml", "/sitemap.xml"]) await request.get(path);
  const as = async (username: string) => {
    await page.context().clearCookies();
    await login(page, username);
    await expect(page).toHaveURL(/\/staff/);
  };
  await as("yzk");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("标题").fill(title);
  await pasteRichText(page, "正文", "<p>国庆期间各献血屋照常开放。</p>");
  await page.getByLabel("栏目").selectOption({ label: "无偿献血" });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待科室领导审核");
  const record = new URL(page.url()).pathname;
  for (const [who, button, state] of [
    ["yzk-kz", "审核通过", "待局分管领导审批"],
    ["fjz2", "批准", "已批准，待推送"],
    ["yzk", "推送", "待信息统计科和宣传科审定"],
    ["xxtjk-kz", "审定", "待信息统计科和宣传科审定"],
    ["xck-kz", "审定", "已发布"],
  ]) {
    await as(who!);
    await page.goto(record);
    await page.getByRole("button", { name: button!, exact: true }).click();
    await expect(page.getByTestId("record-state")).toHaveText(state!);
  }
  await page.context().clearCookies();
  await page.goto("/columns/blood-donation");
  const link = page.getByRole("main").getByRole("link", { name: title });
  await expect(link).toBeVisible();
  const articlePath = await link.getAttribute("href");
  const rss = await parseXml(page, await (await request.get("/feed.xml")).text());
  expect(rss.error).toBeNull();
  expect(rss.links.some((l) => l.endsWith(articlePath!))).toBe(true);
  const columnFeed = await parseXml(page, await (await request.get("/columns/blood-donation/feed.xml")).text());
  expect(columnFeed.links.some((l) => l.endsWith(articlePath!))).toBe(true);
  const map = await parseXml(page, await (await request.get("/sitemap.xml")).text());
  expect(map.error).toBeNull();
  expect(map.locs.some((l) => l.endsWith(articlePath!))).toBe(true);
  // and site search finds it by a word from its body
  await page.goto("/search?q=" + encodeURIComponent("献血屋"));
  await expect(page.getByTestId("search-results").getByRole("link", { name: title })).toBeVisible();
});

test("on a phone, with elder mode on or off, no public page scrolls sideways", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 740 });
  for (const mode of ["normal", "elder"] as const) {
    if (mode === "elder") await elderOn(page);
    for (const path of ["/", "/columns/guides", "/search?q=" + encodeURIComponent("办事指南"), "/mailbox"]) {
      await page.goto(path);
      if (mode === "elder") await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
      await expectNoHorizontalScroll(page);
    }
    await page.goto("/columns/guides");
    await page.getByRole("main").getByRole("link", { name: "医师执业注册办事指南" }).click();
    await expectNoHorizontalScroll(page);
  }
});
