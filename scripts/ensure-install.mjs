// Runs before `npm start` and `npm test` with plain Node (no dependencies yet): installs the
// locked packages on a fresh clone, or when package-lock.json has changed since the last install.
import { execSync } from "node:child_process";
import fs from "node:fs";

const installed = "node_modules/.package-lock.json";
const stale = !fs.existsSync(installed) || fs.statSync("package-lock.json").mtimeMs > fs.statSync(installed).mtimeMs;
if (stale) {
  console.log("Installing packages (npm ci) …");
  execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
}
if (!fs.existsSync("lib/generated/prisma/client.ts")) execSync("npx tsx scripts/generate.ts", { stdio: "inherit" });
