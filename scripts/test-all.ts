// `npm test`: every test of the project — type check, unit, integration (real PostgreSQL)
// and end-to-end (Playwright in Debian's chromium) — with one summary line at the end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { bin } from "./lib/paths";
import { run } from "./lib/run";

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

async function step(name: string, fn: () => Promise<void>, count?: (file: string) => Tally) {
  const file = path.join(reports, `${name}.json`);
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  try {
    await fn();
  } catch (err) {
    failures.push(name);
    console.error(`${name} failed: ${(err as Error).message}`);
  }
  if (count) {
    if (fs.existsSync(file)) {
      const t = count(file);
      tally.passed += t.passed;
      tally.failed += t.failed;
      tally.skipped += t.skipped;
    } else if (!failures.includes(name)) {
      failures.push(`${name} (no report)`);
    }
  }
  console.log(`=== ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  return file;
}

function vitestCount(file: string): Tally {
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCount(file: string): Tally {
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

// Integration files run in a random order (the seed is printed; tests inside a file keep their
// order, a file may tell one story), so a file that depends on what
// another left in the shared database fails here rather than on the day the order changes.
const vitest = (project: string, extra: string[] = []) => () =>
  run(bin("vitest"), ["run", "--project", project, ...extra, "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${project}.json`)}`]);

await step("typecheck", () => run(bin("tsc"), ["--noEmit"]));
await step("unit", vitest("unit"), vitestCount);
await step("integration", vitest("integration", ["--sequence.shuffle.files"]), vitestCount);
await step(
  "e2e",
  async () => {
    await ensureChromium();
    await run(bin("playwright"), ["test"], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "e2e.json") } });
  },
  playwrightCount,
);

// The nginx cluster (DESIGN §10): its own build, database and Debian nginx; counts its checks.
await step(
  "cluster",
  () => run(bin("tsx"), ["scripts/test-cluster.ts"], { env: { CLUSTER_REPORT: path.join(reports, "cluster.json") } }),
  (file) => {
    const r = JSON.parse(fs.readFileSync(file, "utf8")) as Tally;
    return { passed: r.passed, failed: r.failed, skipped: r.skipped };
  },
);

console.log("");
if (failures.length) console.log(`Failed steps: ${failures.join(", ")}`);
if (tally.passed + tally.failed === 0) failures.push("no tests ran");
console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(failures.length || tally.failed ? 1 : 0);
