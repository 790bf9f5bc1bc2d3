// `npm run test:cluster` (also a step of `npm test`): the cluster of DESIGN §10 for real —
// Debian's nginx in front of two production instances on one fresh PostgreSQL — driven over
// HTTP and through Chromium. Publishes through instance A and reads through nginx and instance
// B, uploads through A and downloads through B, then stops A and checks that nginx still
// serves the public pages and a staff action through B. Stops everything it started.
// CLUSTER_REPORT=<file> writes {passed, failed, skipped} for scripts/test-all.ts.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { freshDatabase } from "../test/fresh-database";
import { freePort } from "../test/free-port";
import { UPLOAD_MAX_MB } from "../lib/uploads/limit.mjs";
import { approveAndWatch, proposeAndOpenForApproval } from "./lib/bench-banner";
import { PUBLISH_COLUMN, approveUntilLastSignature, publishAndWatch, signIn } from "./lib/bench-publish";
import { buildIfStale } from "./lib/build";
import { CHROMIUM, ensureChromium } from "./lib/chromium";
import { nginxBinary, startCluster, type Cluster } from "./lib/cluster";

const SECRET = "cluster-test-secret-not-for-production";
const MB = 1024 * 1024;
const results: { name: string; ok: boolean; error?: string }[] = [];

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    results.push({ name, ok: false, error: (err as Error).message });
    console.log(`  ✗ ${name}\n      ${(err as Error).message.split("\n").join("\n      ")}`);
  }
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function distinctPorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

const sha = (b: Buffer | Uint8Array) => createHash("sha256").update(b).digest("hex");
/** A file of `size` bytes that the upload check accepts as a PDF. */
const pdfOf = (size: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 9, 0x41)]);

async function signedIn(browser: Browser, base: string, username: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signIn(await context.newPage(), base, username);
  return context;
}

async function upload(context: BrowserContext, base: string, name: string, bytes: Buffer) {
  const res = await context.request.post(`${base}/api/uploads`, { multipart: { file: { name, mimeType: "application/pdf", buffer: bytes } }, timeout: 60_000 });
  return { status: res.status(), json: (await res.json().catch(() => ({}))) as { url?: string; error?: string } };
}

async function cacheStatus(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(url, { headers, redirect: "manual" });
  await res.arrayBuffer();
  return res.headers.get("x-cache-status") ?? "(none)";
}

async function runChecks(cluster: Cluster, browser: Browser) {
  const { proxyUrl: proxy, aUrl: a, bUrl: b } = cluster;
  const title = `集群测试：无偿献血活动通知 ${Date.now()}`;
  const column = `/columns/${PUBLISH_COLUMN.slug}`;
  let articlePath = "";
  let draftFile = "";
  let draftBytes = Buffer.alloc(0);

  await check("nginx serves the build's static files itself, cached by browsers for a year", async () => {
    const html = await (await fetch(`${proxy}/`)).text();
    const asset = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
    expect(asset, "no /_next/static script on the home page");
    const res = await fetch(proxy + asset);
    await res.arrayBuffer();
    expect(res.status === 200, `${asset}: ${res.status}`);
    // Every proxied answer carries X-Cache-Status; a file nginx reads from the build does not.
    expect(res.headers.get("x-cache-status") === null, "the static file was proxied to an instance");
    expect(/immutable/.test(res.headers.get("cache-control") ?? ""), `Cache-Control: ${res.headers.get("cache-control")}`);
  });

  await check("public pages are cached by nginx; staff pages, /login, /api/ and signed-in requests never are", async () => {
    await cacheStatus(`${proxy}/columns/news`);
    const second = await cacheStatus(`${proxy}/columns/news`);
    expect(second === "HIT" || second === "UPDATING", `second read of a column page: ${second}, wanted HIT`);
    for (const path of ["/login", "/staff", "/api/health"]) {
      await cacheStatus(proxy + path);
      const s = await cacheStatus(proxy + path);
      expect(s === "BYPASS", `${path}: ${s}, wanted BYPASS`);
    }
    const withSession = await cacheStatus(`${proxy}/columns/news`, { cookie: "next-auth.session-token=anything" });
    expect(withSession === "BYPASS", `column page with a session cookie: ${withSession}, wanted BYPASS`);
    const internal = await fetch(`${proxy}/api/internal/revalidate`, { method: "POST", body: "{}" });
    expect(internal.status === 404, `/api/internal/ through nginx: ${internal.status}, wanted 404`);
  });

  await check("a publish through instance A is visible through nginx and directly on instance B", async () => {
    const page = await (await browser.newContext()).newPage();
    // Both caches hold the column page without the item, as citizens would find it.
    for (const url of [proxy + column, b + column]) expect(!(await (await fetch(url)).text()).includes(title), `${url} shows the item before 审定`);
    await approveUntilLastSignature(page, a, title);
    for (const url of [proxy + column, b + column]) await fetch(url);
    const [viaProxy, onB] = await publishAndWatch(page, title, [proxy + column, b + column], 15_000);
    console.log(`      审定 on A → visible through nginx ${viaProxy?.toFixed(0)} ms, on instance B ${onB?.toFixed(0)} ms`);
    expect(viaProxy !== null, "not visible through nginx within 15 s");
    expect(onB !== null, "not visible on instance B within 15 s (B's own cache was not revalidated)");
    const html = await (await fetch(b + column)).text();
    articlePath = html.match(/href="(\/articles\/\d+)"[^>]*>[^<]*集群测试/)?.[1] ?? html.match(/href="(\/articles\/\d+)"/)?.[1] ?? "";
    const article = await fetch(b + articlePath);
    expect(article.status === 200 && (await article.text()).includes(title), `the article page ${articlePath} on B does not show the item`);
  });

  await check(`a 15 MB upload through A downloads byte for byte through B (one ${UPLOAD_MAX_MB} MB limit), only for those who may see it`, async () => {
    const yzk = await signedIn(browser, a, "yzk");
    draftBytes = pdfOf(15 * MB);
    const up = await upload(yzk, a, "大附件.pdf", draftBytes);
    expect(up.status === 200 && up.json.url, `upload through A: ${up.status} ${up.json.error ?? ""}`);
    draftFile = up.json.url!;
    const down = await yzk.request.get(b + draftFile);
    expect(down.status() === 200, `download through B: ${down.status()}`);
    expect(sha(await down.body()) === sha(draftBytes), "the file read through B differs from the one uploaded through A");
    const anonymous = await fetch(b + draftFile);
    expect(anonymous.status === 404, `anonymous download of an unpublished file: ${anonymous.status}`);
    const reporter = await signedIn(browser, proxy, "rcq-xxy");
    const other = await reporter.request.get(proxy + draftFile);
    expect(other.status() === 404, `a county reporter downloading another section's unsaved file: ${other.status()}`);
  });

  await check(`over ${UPLOAD_MAX_MB} MB an upload is refused with a message naming the limit, by the app and by nginx`, async () => {
    const yzk = await signedIn(browser, proxy, "yzk");
    const app = await upload(yzk, a, "超大.pdf", pdfOf(20.5 * MB));
    expect(app.status === 400 && app.json.error?.includes(`${UPLOAD_MAX_MB}MB`), `instance A: ${app.status} ${app.json.error}`);
    const viaNginx = await upload(yzk, proxy, "超大.pdf", pdfOf(25 * MB));
    expect(viaNginx.status === 413 && viaNginx.json.error?.includes(`${UPLOAD_MAX_MB}MB`), `nginx: ${viaNginx.status} ${viaNginx.json.error}`);
  });

  await check("the auditor cannot upload", async () => {
    const auditor = await signedIn(browser, proxy, "auditor");
    const up = await upload(auditor, proxy, "审计.pdf", pdfOf(1024));
    expect(up.status === 403, `auditor upload: ${up.status} ${up.json.error ?? up.json.url}`);
  });

  await cluster.stopInstance("a");

  await check("with instance A stopped, nginx still serves the public pages", async () => {
    for (let i = 0; i < 6; i++) {
      for (const path of ["/", column, articlePath || "/about"]) {
        const res = await fetch(proxy + path);
        const html = await res.text();
        expect(res.status === 200, `${path}: ${res.status}`);
        if (path === column) expect(html.includes(title), `${column} through nginx lost the published item`);
      }
    }
  });

  await check("with instance A stopped, staff actions through nginx (a banner proposed, then approved by a leader) work and show on public pages", async () => {
    const page = await (await browser.newContext()).newPage();
    const message = `集群测试紧急公告 ${Date.now()}`;
    // Not public while it waits for a leader (Art. 7); public within 10 s of the leader's 批准.
    await proposeAndOpenForApproval(page, proxy, message, [`${proxy}/`]);
    const [shown] = await approveAndWatch(page, message, [`${proxy}/`]);
    expect(shown != null && shown < 10_000, "the banner is not on the home page through nginx within 10 s of its approval");
  });
}

async function main() {
  nginxBinary();
  await ensureChromium();
  const db = await freshDatabase("cluster");
  let cluster: Cluster | null = null;
  let browser: Browser | null = null;
  try {
    const distDir = process.env.CLUSTER_DIST_DIR ?? ".next-cluster";
    await buildIfStale({ DATABASE_URL: db.url, NEXTAUTH_SECRET: SECRET }, distDir);
    const [proxy, a, b] = await distinctPorts(3);
    cluster = await startCluster({ databaseUrl: db.url, secret: SECRET, distDir, ports: { proxy: proxy!, a: a!, b: b! }, output: process.env.CLUSTER_VERBOSE ? "prefixed" : "quiet" });
    console.log(`\nCluster: nginx ${cluster.proxyUrl} → A ${cluster.aUrl}, B ${cluster.bUrl}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    await runChecks(cluster, browser);
  } catch (err) {
    results.push({ name: "the cluster starts", ok: false, error: (err as Error).message });
    console.error(`cluster test could not run: ${(err as Error).message}`);
  } finally {
    await browser?.close();
    await cluster?.stop();
    await db.stop();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (process.env.CLUSTER_REPORT) fs.writeFileSync(process.env.CLUSTER_REPORT, JSON.stringify({ passed, failed, skipped: 0, results }, null, 2));
  console.log(`\ncluster: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
