// 业务归口 (DESIGN §2): the city sections a county bureau or unit reports to, read from the org
// chart: Section.reportsToId and, for a unit that reports to several, its ReportingLine rows.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Db | Prisma.TransactionClient;

export async function reportingTargets(db: Client, sectionId: string): Promise<{ id: string; name: string }[]> {
  const me = await db.section.findUnique({
    where: { id: sectionId },
    select: { reportsTo: { select: { id: true, name: true, sortOrder: true } }, reportingLines: { select: { section: { select: { id: true, name: true, sortOrder: true } } } } },
  });
  if (!me) return [];
  const all = [...(me.reportsTo ? [me.reportsTo] : []), ...me.reportingLines.map((l) => l.section)];
  const unique = [...new Map(all.map((s) => [s.id, s])).values()].sort((a, b) => a.sortOrder - b.sortOrder);
  return unique.map(({ id, name }) => ({ id, name }));
}
