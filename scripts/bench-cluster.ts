// `npm run bench:cluster`: the cluster of DESIGN §10 (nginx → two instances → one fresh
// PostgreSQL), measured in one run on loopback with autocannon, bounded in time:
// - requests per second through nginx for an article page and a column page, against nginx
//   serving the same HTML as a static file (goal: ratio ≥ 0.5);
// - the time from the last 审定 (through instance A) to the item on its column page through
//   nginx and directly on instance B, and the same for 撤稿 and the emergency banner (goal ≤ 2 s).
// BENCH_SECONDS (8) and BENCH_CONNECTIONS (10) change the load. Exits 1 when a goal is missed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { chromium, type Page } from "playwright-core";
import { freshDatabase } from "../test/fresh-database";
import { freePort } from "../test/free-port";
import { approveAndWatch, proposeAndOpenForApproval } from "./lib/bench-banner";
import { PUBLISH_COLUMN, approveUntilLastSignature, publishAndWatch } from "./lib/bench-publish";
import { buildIfStale } from "./lib/build";
import { CHROMIUM, ensureChromium } from "./lib/chromium";
import { startCluster } from "./lib/cluster";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECRET = "bench-only-secret-not-for-production";

async function rps(url: string): Promise<number> {
  await autocannon({ url, connections: 2, duration: 1 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad > 0) throw new Error(`${url}: ${bad} failed responses out of ${r.requests.total}`);
  return r.requests.average;
}

/**
 * Milliseconds from a bureau leader's 批准 of a banner (proposed by a finalizer; Art. 7) on `base`
 * until every URL shows it (null: not within 30 s). The proposal itself must not show.
 */
async function bannerLatency(page: Page, base: string, urls: string[]): Promise<{ shown: (number | null)[]; action: number | null }> {
  const message = `基准测试紧急公告 ${Date.now()}`;
  await proposeAndOpenForApproval(page, base, message, urls);
  const action = confirmed(page, "已在网站显示", "record-state");
  const shown = await approveAndWatch(page, message, urls);
  return { shown, action: await action };
}

let withdrawAction: number | null = null;

/** Milliseconds from 撤稿 (on the record page left open after publishing) until no URL shows `title`. */
async function withdrawLatency(page: Page, title: string, urls: string[]): Promise<(number | null)[]> {
  await page.getByTestId("record-state").filter({ hasText: "已发布" }).waitFor();
  await page.getByRole("textbox", { name: "意见" }).fill("基准测试撤稿");
  const start = performance.now();
  void confirmed(page, "已撤稿", "record-state").then((t) => (withdrawAction = t));
  await page.getByRole("button", { name: "撤稿", exact: true }).click();
  return Promise.all(
    urls.map(async (url) => {
      while (performance.now() - start < 30_000) {
        if (!(await (await fetch(url)).text()).includes(title)) return performance.now() - start;
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }),
  );
}

/** Milliseconds from now until the staff page confirms the action (the server action has committed). */
function confirmed(page: Page, text: string, testId?: string): Promise<number | null> {
  const start = performance.now();
  const locator = testId ? page.getByTestId(testId).filter({ hasText: text }) : page.getByText(text);
  return locator
    .waitFor({ timeout: 30_000 })
    .then(() => performance.now() - start)
    .catch(() => null);
}

const fmt = (ms: number | null | undefined) => (ms == null ? "not visible within 30 s" : `${(ms / 1000).toFixed(2)} s`);
const fmtAction = (ms: number | null) => (ms == null ? "unknown" : `${(ms / 1000).toFixed(2)} s`);

async function main() {
  await ensureChromium();
  const db = await freshDatabase("benchcluster");
  const distDir = ".next-bench-cluster";
  const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), "portal-static-"));
  fs.chmodSync(staticRoot, 0o755);
  let failed = false;
  try {
    await buildIfStale({ DATABASE_URL: db.url, NEXTAUTH_SECRET: SECRET }, distDir);
    const ports = new Set<number>();
    while (ports.size < 4) ports.add(await freePort());
    const [proxy, a, b, staticPort] = [...ports] as [number, number, number, number];
    // The comparison: the same nginx serving the same pages as plain files.
    const extraHttp = `    server {\n        listen 127.0.0.1:${staticPort};\n        root ${staticRoot};\n        default_type text/html;\n    }\n`;
    const cluster = await startCluster({ databaseUrl: db.url, secret: SECRET, distDir, ports: { proxy, a, b }, extraHttp, output: "quiet" });
    try {
      const base = cluster.proxyUrl;
      const staticBase = `http://127.0.0.1:${staticPort}`;
      const columnHtml = await (await fetch(`${base}/columns/news`)).text();
      const articlePath = columnHtml.match(/href="(\/articles\/\d+)"/)?.[1];
      if (!articlePath) throw new Error("no article link on /columns/news");
      fs.writeFileSync(path.join(staticRoot, "column.html"), columnHtml);
      fs.writeFileSync(path.join(staticRoot, "article.html"), await (await fetch(base + articlePath)).text());
      for (const f of fs.readdirSync(staticRoot)) fs.chmodSync(path.join(staticRoot, f), 0o644);

      const pages = {
        article: base + articlePath,
        column: `${base}/columns/news`,
        "static article": `${staticBase}/article.html`,
        "static column": `${staticBase}/column.html`,
      };
      type Key = keyof typeof pages;
      const keys = Object.keys(pages) as Key[];
      const best = Object.fromEntries(keys.map((k) => [k, 0])) as Record<Key, number>;
      console.log(`\nLoad: ${CONNECTIONS} connections for ${SECONDS} s per page, loopback, two interleaved rounds (best of each).`);
      for (let round = 0; round < 2; round++) for (const k of keys) best[k] = Math.max(best[k], await rps(pages[k]));
      for (const k of keys) console.log(`  ${k.padEnd(16)} ${pages[k].padEnd(48)} ${best[k].toFixed(0).padStart(7)} req/s`);
      const ratios = { article: best.article / best["static article"], column: best.column / best["static column"] };
      console.log(`  ratio through nginx / static file: article ${ratios.article.toFixed(2)}, column ${ratios.column.toFixed(2)} (goal ≥ 0.50)`);
      if (ratios.article < 0.5 || ratios.column < 0.5) failed = true;

      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
      try {
        const page = await browser.newPage();
        const title = `基准测试：集群发布 ${Date.now()}`;
        const column = `/columns/${PUBLISH_COLUMN.slug}`;
        await approveUntilLastSignature(page, cluster.aUrl, title);
        for (const url of [base + column, cluster.bUrl + column]) await fetch(url);
        const published = confirmed(page, "已发布", "record-state");
        const [viaProxy, onB] = await publishAndWatch(page, title, [base + column, cluster.bUrl + column]);
        console.log(`  审定 on instance A → on the column page through nginx: ${fmt(viaProxy)}, on instance B: ${fmt(onB)} (goal ≤ 2 s; the 审定 action itself took ${fmtAction(await published)})`);
        const [goneProxy, goneB] = await withdrawLatency(page, title, [base + column, cluster.bUrl + column]);
        console.log(`  撤稿 on instance A → gone from the column page through nginx: ${fmt(goneProxy)}, on instance B: ${fmt(goneB)} (goal ≤ 2 s; the 撤稿 action itself took ${fmtAction(withdrawAction)})`);
        const banner = await bannerLatency(page, cluster.aUrl, [`${base}/`, `${cluster.bUrl}/`]);
        const [bannerProxy, bannerB] = banner.shown;
        console.log(`  banner 批准 by a leader on instance A → on the home page through nginx: ${fmt(bannerProxy)}, on instance B: ${fmt(bannerB)} (goal ≤ 2 s; the 批准 itself took ${fmtAction(banner.action)})`);
        for (const t of [viaProxy, onB, goneProxy, goneB, bannerProxy, bannerB]) if (t == null || t > 2000) failed = true;
      } finally {
        await browser.close();
      }
    } finally {
      await cluster.stop();
    }
  } finally {
    await db.stop();
    fs.rmSync(staticRoot, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
