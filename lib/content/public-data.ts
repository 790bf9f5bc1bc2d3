// The public pages' database reads, each cached under the tags of lib/content/cache-tags.ts.
// unstable_cache stores results as JSON, so dates travel as ISO strings.
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { PAGE_SIZE } from "./articles";
import { publicBanner } from "./banner";
import { publicArticleWhere } from "./visibility";
import { SCHEDULE_REFRESH_SECONDS, TAGS } from "./cache-tags";

const opts = (...tags: string[]) => ({ tags, revalidate: SCHEDULE_REFRESH_SECONDS });

export interface ListedArticle {
  id: number;
  title: string;
  publishAt: string;
}

const listSelect = { id: true, title: true, publishAt: true } as const;
const toListed = (a: { id: number; title: string; publishAt: Date }): ListedArticle => ({ id: a.id, title: a.title, publishAt: a.publishAt.toISOString() });
const newestFirst = [{ publishAt: "desc" as const }, { id: "desc" as const }];

export const getTopColumns = unstable_cache(
  () =>
    getDb().column.findMany({
      where: { parentId: null, visible: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, slug: true, name: true, kind: true, group: true, externalUrl: true, description: true },
    }),
  ["public:top-columns"],
  opts(TAGS.columns),
);

export type NavColumn = Awaited<ReturnType<typeof getTopColumns>>[number];

export const getColumn = unstable_cache(
  (slug: string) =>
    getDb().column.findFirst({
      where: { slug, visible: true },
      select: {
        id: true, slug: true, name: true, kind: true, externalUrl: true, pageBody: true, description: true,
        parent: { select: { slug: true, name: true, kind: true, externalUrl: true } },
        children: { where: { visible: true }, orderBy: { sortOrder: "asc" }, select: { slug: true, name: true, kind: true, externalUrl: true } },
        sections: { select: { section: { select: { name: true } } } },
      },
    }),
  ["public:column"],
  opts(TAGS.columns),
);

export const getVisibleColumnSlugs = unstable_cache(
  async () => (await getDb().column.findMany({ where: { visible: true }, orderBy: { sortOrder: "asc" }, select: { slug: true, kind: true, updatedAt: true } })).map((c) => ({ slug: c.slug, kind: c.kind, updatedAt: c.updatedAt.toISOString() })),
  ["public:column-slugs"],
  opts(TAGS.columns),
);

export const getColumnArticles = unstable_cache(
  async (columnId: string, page: number) => {
    const where = { AND: [{ columnId }, publicArticleWhere()] };
    const [items, total] = await Promise.all([
      getDb().article.findMany({ where, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: listSelect }),
      getDb().article.count({ where }),
    ]);
    return { items: items.map(toListed), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  },
  ["public:column-articles"],
  opts(TAGS.articles),
);

export const getLatestArticles = unstable_cache(
  async (columnSlugs: string[], take: number) =>
    (
      await getDb().article.findMany({
        where: { AND: [publicArticleWhere(), { column: { slug: { in: columnSlugs } } }] },
        orderBy: newestFirst,
        take,
        select: listSelect,
      })
    ).map(toListed),
  ["public:latest"],
  opts(TAGS.articles),
);

export const getArticle = async (id: number) =>
  unstable_cache(
    async () => {
      const a = await getDb().article.findFirst({
        where: { AND: [{ id }, publicArticleWhere()] },
        select: {
          id: true, title: true, bodyHtml: true, summary: true, attachments: true, images: true, serviceGuide: true, publishAt: true, updatedAt: true, columnId: true, source: true,
          docType: true, docNumber: true, docDate: true, docValidity: true, docValidityDate: true,
          column: { select: { slug: true, name: true } },
          section: { select: { name: true } },
        },
      });
      const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
      return a ? { ...a, publishAt: a.publishAt.toISOString(), updatedAt: a.updatedAt.toISOString(), docDate: day(a.docDate), docValidityDate: day(a.docValidityDate) } : null;
    },
    ["public:article", String(id)],
    opts(TAGS.articles, TAGS.article(id)),
  )();

/** The older and the newer item next to an article in its column. */
export const getNeighbours = unstable_cache(
  async (columnId: string, id: number, publishAtIso: string) => {
    const publishAt = new Date(publishAtIso);
    const base = [{ columnId }, publicArticleWhere()];
    const [older, newer] = await Promise.all([
      getDb().article.findFirst({
        where: { AND: [...base, { OR: [{ publishAt: { lt: publishAt } }, { publishAt, id: { lt: id } }] }] },
        orderBy: newestFirst,
        select: listSelect,
      }),
      getDb().article.findFirst({
        where: { AND: [...base, { OR: [{ publishAt: { gt: publishAt } }, { publishAt, id: { gt: id } }] }] },
        orderBy: [{ publishAt: "asc" }, { id: "asc" }],
        select: listSelect,
      }),
    ]);
    return { older: older && toListed(older), newer: newer && toListed(newer) };
  },
  ["public:neighbours"],
  opts(TAGS.articles),
);

export interface FeedItem extends ListedArticle {
  summary: string;
  columnName: string;
  columnSlug: string;
  updatedAt: string;
}

/** The newest items of the whole site or of one column, for RSS and the sitemap. */
export const getFeedItems = unstable_cache(
  async (columnSlug: string | null, take: number): Promise<FeedItem[]> =>
    (
      await getDb().article.findMany({
        where: { AND: [publicArticleWhere(), columnSlug ? { column: { slug: columnSlug } } : {}] },
        orderBy: newestFirst,
        take,
        select: { ...listSelect, summary: true, updatedAt: true, column: { select: { name: true, slug: true } } },
      })
    ).map((a) => ({ ...toListed(a), summary: a.summary, updatedAt: a.updatedAt.toISOString(), columnName: a.column.name, columnSlug: a.column.slug })),
  ["public:feed"],
  opts(TAGS.articles, TAGS.columns),
);

export const getBanner = unstable_cache(
  () => publicBanner(),
  ["public:banner"],
  { tags: [TAGS.banner] },
);
