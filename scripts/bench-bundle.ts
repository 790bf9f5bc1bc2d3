// `npm run bench:bundle`: the gzip size of the JavaScript the staff record page
// (/staff/records/[id]) loads, read from the production build's manifests: the framework
// chunks (rootMainFiles) and the route's entry chunks (its client reference manifest: root
// layout, staff layout, page) are loaded with the page and held to the budget. The rich-text
// editor is lazy (next/dynamic, in the route's react-loadable manifest): it is fetched after
// the page, and only where a richText field is being edited; its size is printed beside.
// mammoth (.docx import) is fetched only when a file is imported.
// BUNDLE_DIST_DIR=<folder> measures an existing build (e.g. .next-e2e); otherwise the portal is
// built into .next-bundle against a throwaway database. Exits 1 over the budget.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freshDatabase } from "../test/fresh-database";
import { authEnv } from "./lib/auth-env";
import { buildIfStale } from "./lib/build";
import { ROOT } from "./lib/paths";

const ROUTE = "/staff/records/[id]/page";
const BUDGET_KB = 250;

async function distDir(): Promise<string> {
  if (process.env.BUNDLE_DIST_DIR) return process.env.BUNDLE_DIST_DIR;
  const db = await freshDatabase("bundle");
  try {
    await buildIfStale({ DATABASE_URL: db.url, ...authEnv(3999), NEXTAUTH_SECRET: "bundle-only-secret-not-for-production" }, ".next-bundle");
  } finally {
    await db.stop();
  }
  return ".next-bundle";
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;

/** The route's client reference manifest is a script assigning one JSON object. */
function entryFiles(routeDir: string): string[] {
  const src = fs.readFileSync(path.join(routeDir, "page_client-reference-manifest.js"), "utf8");
  const json = JSON.parse(src.slice(src.indexOf("= {") + 2).replace(/;\s*$/, "")) as { entryJSFiles: Record<string, string[]> };
  return Object.values(json.entryJSFiles).flat();
}

const dir = path.resolve(ROOT, await distDir());
const routeDir = path.join(dir, "server/app", path.dirname(ROUTE));
const build = readJson<{ rootMainFiles: string[] }>(path.join(routeDir, "page/build-manifest.json"));
const loadable = readJson<Record<string, { files: string[] }>>(path.join(routeDir, "page/react-loadable-manifest.json"));

const gz = (files: Iterable<string>) => {
  let bytes = 0;
  for (const f of new Set(files)) bytes += gzipSync(fs.readFileSync(path.join(dir, f.replace(/^\/_next\//, "")))).length;
  return bytes;
};
const initialFiles = new Set([...build.rootMainFiles, ...entryFiles(routeDir)]);
const editorFiles = Object.values(loadable).flatMap((e) => e.files).filter((f) => !initialFiles.has(f));
const kb = (n: number) => (n / 1024).toFixed(1);
const initial = gz(initialFiles);
const editor = gz(editorFiles);
console.log(`staff record page (${ROUTE}), JavaScript, gzip:`);
console.log(`  loaded with the page (framework, layouts, page): ${kb(initial)} KB in ${initialFiles.size} files (budget ${BUDGET_KB} KB)`);
console.log(`  rich-text editor, lazy, when editing:            ${kb(editor)} KB in ${editorFiles.length} files (page + editor: ${kb(initial + editor)} KB)`);
if (initial > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(initial - BUDGET_KB * 1024)} KB.`);
  process.exit(1);
}
