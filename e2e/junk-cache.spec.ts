// Issue 15 item 5: unknown URLs are answered 404 without leaving a file each in the
// production build's page cache (route-cache) or data cache (fetch-cache); real pages stay cached.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const distDir = path.resolve(process.env.E2E_DIST_DIR ?? ".next-e2e");
const cacheDirs = [path.join(distDir, "server", "route-cache"), path.join(distDir, "cache", "fetch-cache")];

function countFiles(): number {
  let n = 0;
  for (const dir of cacheDirs) {
    if (!fs.existsSync(dir)) continue;
    n += fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
  }
  return n;
}

test("200 distinct junk URLs are 404s that write nothing to the cache", async ({ request }) => {
  test.setTimeout(300_000); // 220 uncached 404 renders on a shared machine
  // Warm the real pages (and the one index of what exists) first.
  const home = await (await request.get("/")).text();
  const articleId = home.match(/\/articles\/(\d+)/)![1];
  const slug = home.match(/\/columns\/([a-z0-9-]+)/)![1];
  for (const url of [`/columns/${slug}`, `/articles/${articleId}`]) expect((await request.get(url)).status()).toBe(200);

  const before = countFiles();
  const junk: string[] = [];
  for (let i = 0; i < 60; i++) junk.push(`/columns/sqlmap-${i}-${Date.now()}/page/${i + 2}`);
  for (let i = 0; i < 60; i++) junk.push(`/articles/${900000 + i}`);
  for (let i = 0; i < 40; i++) junk.push(`/columns/${slug}/page/${5000 + i}`);
  for (let i = 0; i < 40; i++) junk.push(`/columns/x${i}'%20OR%201=1--`);
  for (const url of junk) expect((await request.get(url)).status(), url).toBe(404);
  // A second round must not be served from a stored 404 either.
  for (const url of junk.slice(0, 20)) expect((await request.get(url)).status(), url).toBe(404);
  expect(countFiles() - before).toBeLessThanOrEqual(1);

  // Real pages are still served from the cache.
  const again = await request.get(`/articles/${articleId}`);
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});
