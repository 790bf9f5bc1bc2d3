import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, bin } from "./paths";
import { run } from "./run";

const SOURCES = ["app", "components", "lib", "forms", "prisma", "public", "package.json", "next.config.js", "postcss.config.mjs", "proxy.ts", "instrumentation.ts"];

function walk(entry: string, out: string[]): void {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    if (entry.endsWith("generated")) return;
    for (const name of fs.readdirSync(full)) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

// Pages are prerendered from the database at build time, so a build belongs to one
// source tree and one database.
function fingerprint(databaseUrl: string): string {
  const files: string[] = [];
  for (const s of SOURCES) walk(s, files);
  return crypto.createHash("sha256").update(files.sort().join("\n")).update(databaseUrl).digest("hex");
}

/** Builds the production app into distDir unless an identical build is already there. */
export async function buildIfStale(env: Record<string, string> & { DATABASE_URL: string }, distDir = ".next"): Promise<void> {
  const stamp = path.join(ROOT, distDir, ".portal-fingerprint");
  const want = fingerprint(env.DATABASE_URL);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want && !process.env.FORCE_BUILD) {
    console.log(`Reusing the production build in ${distDir}.`);
    return;
  }
  console.log("Building the portal (next build) …");
  await run(bin("next"), ["build"], { env: { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(stamp, want);
}
