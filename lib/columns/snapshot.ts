// The column table as plain data: what a version stores and what a diff compares.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ColumnRow {
  slug: string;
  name: string;
  parent: string | null;
  group: string;
  sections: string[];
  intervalDays: number | null;
  visible: boolean;
}

export interface TableSnapshot {
  columns: ColumnRow[];
}

export async function takeSnapshot(tx: Prisma.TransactionClient): Promise<TableSnapshot> {
  const rows = await tx.column.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    include: { parent: { select: { slug: true } }, sections: { select: { sectionId: true } } },
  });
  return {
    columns: rows.map((c) => ({
      slug: c.slug, name: c.name, parent: c.parent?.slug ?? null, group: c.group,
      sections: c.sections.map((s) => s.sectionId).sort(), intervalDays: c.updateIntervalDays, visible: c.visible,
    })),
  };
}
