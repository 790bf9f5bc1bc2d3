// Art. 20 失泄密 signals for a period, read from the audit trail in SQL: every confirmation that an
// item holding sensitive keywords is not classified (`classified.confirm`, lib/security/
// classified-guard.ts) and every Art. 17 refusal of content marked 涉密 = 是 (`form.refused`,
// lib/form-engine/transition.ts). Neither holds the content itself; they say who and when.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Client } from "./item-counts";
import { periodBounds } from "./period";

export const LEAK_SIGNAL_ACTIONS = { "classified.confirm": "涉密关键词确认", "form.refused": "涉密信息上网尝试（已拒绝）" } as const;
export type LeakSignalKind = keyof typeof LEAK_SIGNAL_ACTIONS;

export interface LeakSignal {
  id: string;
  at: Date;
  kind: LeakSignalKind;
  actorName: string;
  /** The record's section, or the actor's when no record was stored (a refused new item). */
  sectionId: string | null;
  sectionName: string | null;
  recordId: string | null;
  /** For a confirmation: the keywords and where they were found (e.g. 正文:内部). */
  keywords: string[];
}

export async function leakSignals(db: Client, period: string): Promise<LeakSignal[]> {
  const { start, end } = periodBounds(period);
  const rows = await db.$queryRaw<{ id: bigint; at: Date; action: LeakSignalKind; actorName: string; sectionId: string | null; sectionName: string | null; recordId: string | null; detail: { keywords?: unknown } | null }[]>(Prisma.sql`
    SELECT e.id, e.at, e.action, e."actorName", s.id AS "sectionId", s.name AS "sectionName", r.id AS "recordId", e.detail
    FROM audit_events e
    LEFT JOIN form_records r ON e."objectType" = 'form_record' AND r.id = e."objectId"
    LEFT JOIN accounts acc ON acc.id = e."actorId"
    LEFT JOIN sections s ON s.id = COALESCE(r."sectionId", acc."sectionId")
    WHERE e.action IN (${Prisma.join(Object.keys(LEAK_SIGNAL_ACTIONS))}) AND e.at >= ${start} AND e.at < ${end}
    ORDER BY e.at DESC, e.id DESC`);
  return rows.map((r) => ({
    id: String(r.id), at: r.at, kind: r.action, actorName: r.actorName, sectionId: r.sectionId, sectionName: r.sectionName, recordId: r.recordId,
    keywords: Array.isArray(r.detail?.keywords) ? r.detail.keywords.filter((k): k is string => typeof k === "string") : [],
  }));
}
