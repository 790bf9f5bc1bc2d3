// `npm run bench:public`: builds and starts the production portal on a throwaway database,
// then measures requests per second of an article page and a column page against a page with
// no data of its own (/about), in one run, with a bounded load loop on loopback. Prints the
// ratios (target ≥ 0.8), then the time from 审定 to the article appearing on its column page
// (target ≤ 2 s).
import autocannon from "autocannon";
import { freshDatabase } from "../test/fresh-database";
import { freePort } from "../test/free-port";
import { authEnv } from "./lib/auth-env";
import { buildIfStale } from "./lib/build";
import { bin } from "./lib/paths";
import { launch } from "./lib/run";
import { waitForHttp } from "./lib/wait-http";
import { measurePublishLatency } from "./lib/bench-publish";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** Whether the page came from the cache, and its size, for reading the numbers. */
async function describe(url: string): Promise<string> {
  const res = await fetch(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  return `${res.headers.get("x-nextjs-cache") ?? "no cache header"}, ${(bytes / 1024).toFixed(1)} KiB`;
}

async function rps(url: string): Promise<number> {
  // A short warm-up renders an ISR page once, so the measured run sees the cached page.
  await autocannon({ url, connections: 2, duration: 1 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad > 0) throw new Error(`${url}: ${bad} failed responses out of ${r.requests.total}`);
  return r.requests.average;
}

async function main() {
  const db = await freshDatabase("bench");
  const port = await freePort();
  const env = { DATABASE_URL: db.url, ...db.env, ...authEnv(port), NEXTAUTH_SECRET: "bench-only-secret-not-for-production" };
  const distDir = ".next-bench";
  await buildIfStale(env, distDir);
  const server = launch(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });
  let failed = false;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/about`);
    const html = await (await fetch(`${base}/columns/news`)).text();
    const articlePath = html.match(/href="(\/articles\/\d+)"/)?.[1];
    if (!articlePath) throw new Error("no article link on /columns/news");

    const pages = { static: "/about", column: "/columns/news", article: articlePath };
    console.log(`\nLoad: ${CONNECTIONS} connections for ${SECONDS} s per page, loopback, two rounds (best of each).`);
    const best = { static: 0, column: 0, article: 0 };
    // Two interleaved rounds, so that load from other processes on the machine falls on all pages alike.
    for (let round = 0; round < 2; round++) {
      for (const key of ["static", "column", "article"] as const) best[key] = Math.max(best[key], await rps(base + pages[key]));
    }
    for (const key of ["static", "column", "article"] as const) {
      console.log(`  ${`${key} page ${pages[key]}`.padEnd(32)} ${best[key].toFixed(0).padStart(7)} req/s  (${await describe(base + pages[key])})`);
    }
    const staticRps = best.static;
    const columnRps = best.column;
    const articleRps = best.article;
    const ratios = { article: articleRps / staticRps, column: columnRps / staticRps };
    console.log(`  ratio article/static ${ratios.article.toFixed(2)}, column/static ${ratios.column.toFixed(2)} (target ≥ 0.80)`);
    if (ratios.article < 0.8 || ratios.column < 0.8) failed = true;

    const latency = await measurePublishLatency(base);
    if (latency === null) {
      console.log("  审定 → column page: not measured (see above)");
    } else {
      console.log(`  审定 → on the column page: ${(latency / 1000).toFixed(2)} s (target ≤ 2 s)`);
      if (latency > 2000) failed = true;
    }
  } finally {
    server.kill("SIGTERM");
    await db.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
