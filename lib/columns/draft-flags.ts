// Drafts in flight for a column that changed hands: the old section can no longer submit them
// to that column (the server's column check follows the table), so they are listed for the
// new section on the column page, which takes the item over.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

type Tx = Prisma.TransactionClient;

/** Publication records not yet published or withdrawn. */
const IN_FLIGHT_EXCLUDED = ["published", "withdrawn"];

export async function flagDraftsOfColumn(tx: Tx, columnId: string, toSection: string, fromSections: string[], _recordId: string) {
  const rows = await tx.$queryRaw<{ id: string; sectionId: string | null }[]>`
    SELECT id, "sectionId" FROM form_records
    WHERE "formKey" = 'publication-approval' AND NOT (state = ANY(${IN_FLIGHT_EXCLUDED})) AND data->>'column' = ${columnId}`;
  for (const r of rows) {
    if (!r.sectionId || r.sectionId === toSection) continue;
    await tx.columnDraftFlag.create({ data: { recordId: r.id, columnId, fromSection: r.sectionId ?? fromSections.join(","), toSection } });
  }
}

/** Flags for a section, with the record's title, for records still in flight. */
export async function draftFlagsFor(db: Db, sectionId: string) {
  const flags = await db.columnDraftFlag.findMany({ where: { toSection: sectionId }, orderBy: { createdAt: "desc" }, take: 100 });
  const records = await db.formRecord.findMany({
    where: { id: { in: flags.map((f) => f.recordId) }, state: { notIn: IN_FLIGHT_EXCLUDED } },
    select: { id: true, title: true },
  });
  const titles = new Map(records.map((r) => [r.id, r.title]));
  return flags.filter((f) => titles.has(f.recordId)).map((f) => ({ ...f, title: titles.get(f.recordId) ?? "" }));
}
