// The one rule for what the public may see of an article: it is published (an article row
// exists only once 审定 published it), not withdrawn, due (publishAt ≤ now) and in a visible
// column. Three shapes of the same rule, for Prisma, for raw SQL and for rows already loaded.
import { Prisma } from "@/lib/generated/prisma/client";

export function publicArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { withdrawnAt: null, publishAt: { lte: now }, column: { visible: true } };
}

/** As SQL, for `articles a JOIN columns c ON c.id = a."columnId"`. */
export const PUBLIC_ARTICLE_SQL = Prisma.sql`(a."withdrawnAt" IS NULL AND a."publishAt" <= now() AND c.visible)`;

/** The article's own part of the rule (its column is judged separately), for loaded rows. */
export function isLiveArticle(a: { withdrawnAt: Date | null; publishAt: Date }, now: Date = new Date()): boolean {
  return a.withdrawnAt === null && a.publishAt <= now;
}
