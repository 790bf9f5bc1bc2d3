import type { Db } from "@/lib/db/client";
import { columnAncestorsOf } from "./define";
import type { Lookups } from "./present";

/** Names for the ids stored by column and section pickers. */
export async function loadLookups(db: Db): Promise<Lookups> {
  const [columns, sections] = await Promise.all([
    db.column.findMany({ select: { id: true, name: true, slug: true, parentId: true } }),
    db.section.findMany({ select: { id: true, name: true } }),
  ]);
  return { columns: new Map(columns.map((c) => [c.id, c.name])), sections: new Map(sections.map((s) => [s.id, s.name])), columnSlugs: Object.fromEntries(columns.map((c) => [c.id, c.slug])), columnAncestors: columnAncestorsOf(columns) };
}
