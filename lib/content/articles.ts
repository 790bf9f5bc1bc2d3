import { getDb } from "@/lib/db/client";

export const PAGE_SIZE = 20;

/** What the public may see: published, not withdrawn, and due. */
export const visibleNow = () => ({ withdrawnAt: null, publishAt: { lte: new Date() } });

export async function listColumnArticles(columnId: string, page: number) {
  const where = { columnId, ...visibleNow() };
  const [items, total] = await Promise.all([
    getDb().article.findMany({
      where,
      orderBy: [{ publishAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, title: true, publishAt: true },
    }),
    getDb().article.count({ where }),
  ]);
  return { items, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export function latestArticles(columnSlugs: string[], take: number) {
  return getDb().article.findMany({
    where: { ...visibleNow(), column: { slug: { in: columnSlugs }, visible: true } },
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, publishAt: true, column: { select: { name: true, slug: true } } },
  });
}

export function findArticle(id: number) {
  return getDb().article.findFirst({
    where: { id, ...visibleNow(), column: { visible: true } },
    include: { column: { select: { slug: true, name: true } }, section: { select: { name: true } } },
  });
}
