import { z } from "zod";
import { assertCan } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format";
import { beijingDayEnd, beijingDayStart } from "@/lib/time/beijing";

/** The auditor's filters, from the viewer's query string. Dates are China local dates. */
export const auditFilterSchema = z.object({
  actor: z.string().trim().max(64).optional().catch(undefined),
  action: z.string().trim().max(64).optional().catch(undefined),
  object: z.string().trim().max(128).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

const chinaDay = (date: string, endOfDay: boolean) => (endOfDay ? beijingDayEnd(date) : beijingDayStart(date));

export function auditWhere(f: AuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.actor) and.push({ actorName: { contains: f.actor } });
  if (f.action) and.push({ action: { startsWith: f.action } });
  if (f.object) and.push({ OR: [{ objectId: { contains: f.object } }, { objectType: { contains: f.object } }] });
  if (f.from) and.push({ at: { gte: chinaDay(f.from, false) } });
  if (f.to) and.push({ at: { lte: chinaDay(f.to, true) } });
  return { AND: and };
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of events, newest first; only the auditor may read them. */
export async function listAuditEvents(db: Db, actor: Actor, filter: AuditFilter) {
  assertCan(actor, "audit.read");
  const where = auditWhere(filter);
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (filter.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return { total, events };
}

// A cell starting with = + - @ would run as a formula in Excel (CSV injection).
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ["编号", "时间", "操作人", "操作", "对象类型", "对象", "详情", "IP", "哈希"];

/** All matching events as CSV (UTF-8 with BOM for Excel), oldest first. The export is itself audited by the caller. */
export async function exportAuditCsv(db: Db, actor: Actor, filter: AuditFilter): Promise<string> {
  assertCan(actor, "audit.read");
  const rows = await db.auditEvent.findMany({ where: auditWhere(filter), orderBy: { id: "asc" }, take: 100_000 });
  const lines = [CSV_HEADER.join(",")];
  for (const e of rows) {
    lines.push(
      [String(e.id), formatDateTime(e.at), e.actorName, e.action, e.objectType, e.objectId ?? "", e.detail === null ? "" : JSON.stringify(e.detail), e.ip ?? "", e.hash]
        .map(csvCell)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
