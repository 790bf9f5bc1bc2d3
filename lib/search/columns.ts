import { getDb, type Db } from "@/lib/db/client";
import type { SearchColumn } from "./options";

/** The public list columns one may search within, in site order. */
export function searchColumns(db: Db = getDb()): Promise<SearchColumn[]> {
  return db.column.findMany({
    where: { visible: true, kind: "list" },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, parentId: true },
  });
}
