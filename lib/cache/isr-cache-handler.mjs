// Next's own file-system cache for pages and data, except that a "not found" page is never
// stored (issue 15 item 5): each distinct unknown URL used to leave a file in
// .next/server/route-cache, so a scanner could fill the disk. Known pages are cached as before;
// a 404 is rendered again on each request, cheaply, from the one cached index of what exists
// (lib/content/public-index.ts).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class PortalCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && (data.kind === "APP_PAGE" || data.kind === "PAGES" || data.kind === "APP_ROUTE") && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
