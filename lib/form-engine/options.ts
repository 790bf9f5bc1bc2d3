// Choices for the column and section pickers, from the database.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Db | Prisma.TransactionClient;

/**
 * The list columns a section keeps (Art. 10): its own, and those entrusted to a unit that
 * reports to it (信用信息双公示 is entrusted to 市卫生监督所, which reports to 医政科).
 */
export function responsibleColumns(db: Client, sectionId: string) {
  return db.column.findMany({
    where: {
      kind: "list",
      sections: { some: { OR: [{ sectionId }, { entrusted: true, section: { reportsToId: sectionId } }] } },
    },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, slug: true },
  });
}

export function allListColumns(db: Client) {
  return db.column.findMany({ where: { kind: "list" }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, slug: true } });
}

export function sectionOptions(db: Client) {
  return db.section.findMany({ where: { kind: { not: "leadership" } }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
}
