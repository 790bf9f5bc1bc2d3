import { Prisma } from "@/lib/generated/prisma/client";

export const PAGE_SIZE = 20;

/** What the public may see: published, not withdrawn, and due. */
export const visibleNow = () => ({ withdrawnAt: null, publishAt: { lte: new Date() } });

/**
 * The same rule for raw SQL over `articles a JOIN columns c` (search, upload access): due,
 * not withdrawn, in a visible column.
 */
export const VISIBLE_NOW_SQL = Prisma.sql`a."withdrawnAt" IS NULL AND a."publishAt" <= now() AND c.visible`;
