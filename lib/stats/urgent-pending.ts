// Items published through 紧急发布 (forms/urgent-publication.ts) whose remaining Art. 9
// sign-offs are still owed: flagged on /staff/stats until the last 补签 moves them to 已发布.
// The database picks the items (their state); the definition says whose signatures are owed.
import type { Db } from "@/lib/db/client";
import { holds } from "@/lib/form-engine/define";
import { partyId } from "@/lib/form-engine/authorize";
import { getForm } from "@/lib/form-engine/registry";
import type { FormData, Party } from "@/lib/form-engine/types";

const FORM = "publication-approval";
const STATE = "urgent_published";
/** Shown oldest first; more than this many at once would itself be the news. */
const SHOWN = 100;

export interface UrgentPending {
  recordId: string;
  title: string;
  sectionName: string;
  publishedAt: Date;
  reason: string;
  missing: string[];
}

function partyLabel(p: Party): string {
  switch (p.kind) {
    case "overseer": return "局分管领导";
    case "finalizer": return `${p.label}审定`;
    case "role": return p.role === "director" ? "局主要领导" : p.role === "office_reviewer" ? "局办公室" : p.role;
    default: return p.kind;
  }
}

/** Is this record an urgently published item still owing sign-offs? */
export function isUrgentPending(formKey: string, state: string): boolean {
  return formKey === FORM && state === STATE;
}

/** The sign-offs still owed on an urgently published record, by the definition's 补签 step. */
export function missingSignoffs(data: FormData, signed: readonly string[]): string[] {
  const def = getForm(FORM);
  const step = def?.actions.find((a) => a.from.includes(STATE) && a.signing === "all" && holds(a.when, data));
  return (step?.by ?? []).filter((p) => !signed.includes(partyId(p))).map(partyLabel);
}

export async function urgentPending(db: Db): Promise<{ total: number; items: UrgentPending[] }> {
  const where = { formKey: FORM, state: STATE };
  const [total, rows] = await Promise.all([
    db.formRecord.count({ where }),
    db.formRecord.findMany({
      where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: SHOWN,
      select: { id: true, title: true, data: true, signedParties: true, section: { select: { name: true } }, article: { select: { publishAt: true } }, updatedAt: true },
    }),
  ]);
  const items = rows.map((r) => {
    const data = r.data as FormData;
    return {
      recordId: r.id, title: r.title, sectionName: r.section?.name ?? "", publishedAt: r.article?.publishAt ?? r.updatedAt,
      reason: typeof data.urgentReason === "string" ? data.urgentReason : "", missing: missingSignoffs(data, r.signedParties),
    };
  });
  return { total, items };
}
