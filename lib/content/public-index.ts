// Which public column pages and article ids exist, in one cached entry (issue 15 item 5).
// Pages check a path's parameters here before reading anything keyed by them, so an unknown
// slug, page number or id costs no per-path cache entry: sqlmap's 20,002 distinct junk URLs
// had each left one behind.
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { PAGE_SIZE } from "./articles";
import { publicArticleWhere } from "./visibility";
import { SCHEDULE_REFRESH_SECONDS, TAGS } from "./cache-tags";

export const getPublicIndex = unstable_cache(
  async () => {
    const db = getDb();
    const [columns, counts, articles] = await Promise.all([
      db.column.findMany({ where: { visible: true }, select: { id: true, slug: true, kind: true } }),
      db.article.groupBy({ by: ["columnId"], where: publicArticleWhere(), _count: { _all: true } }),
      db.article.findMany({ where: publicArticleWhere(), select: { id: true }, orderBy: { id: "asc" } }),
    ]);
    const perColumn = new Map(counts.map((c) => [c.columnId, c._count._all]));
    // Page count per column: list columns have one page per PAGE_SIZE items (at least one), others one.
    const pages: Record<string, number> = {};
    for (const c of columns) pages[c.slug] = c.kind === "list" ? Math.max(1, Math.ceil((perColumn.get(c.id) ?? 0) / PAGE_SIZE)) : 1;
    return { pages, articleIds: articles.map((a) => a.id) };
  },
  ["public:index"],
  { tags: [TAGS.columns, TAGS.articles], revalidate: SCHEDULE_REFRESH_SECONDS },
);

/** Whether /columns/<slug> (page 1) or /columns/<slug>/page/<n> is a page of the site. */
export async function columnPageExists(slug: string, page: number): Promise<boolean> {
  if (!Number.isSafeInteger(page) || page < 1) return false;
  const { pages } = await getPublicIndex();
  return Object.hasOwn(pages, slug) && page <= pages[slug]!;
}

/** Whether /articles/<id> shows a published article. */
export async function articleExists(id: number): Promise<boolean> {
  if (!Number.isSafeInteger(id)) return false;
  const ids = (await getPublicIndex()).articleIds;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
