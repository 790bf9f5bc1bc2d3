// What the server needs to evaluate a definition's conditions beyond the record's data.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { columnAncestorsOf, type ConditionContext } from "./define";

/** Every column's code by id, from the live column table (so a renamed column still matches). */
export async function loadConditionContext(db: Db | Prisma.TransactionClient): Promise<ConditionContext> {
  const columns = await db.column.findMany({ select: { id: true, slug: true, parentId: true } });
  return { columnSlugs: Object.fromEntries(columns.map((c) => [c.id, c.slug])), columnAncestors: columnAncestorsOf(columns) };
}
