// Art. 17 keyword check on the publication approval form: the drafter is warned, and 推送 is
// refused until a reviewer has confirmed that this exact content is not classified. The
// confirmation is an audit event (append-only, hash-chained) bound to the content hash, so
// editing the item after the confirmation needs a new one.
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { contentHash } from "@/lib/form-engine/content-hash";
import type { Guard } from "@/lib/form-engine/types";
import { findClassifiedKeywords, getClassifiedKeywords, type ClassifiedHit } from "./keywords";

export const CHECKED_FORM = "publication-approval";
const CONFIRMABLE_STATES = ["chief_review", "office_review", "deputy_review", "director_review", "approved", "urgent_leader_review"];
const LEADERS = ["deputy_director", "director", "office_reviewer"] as const;

function itemOf(data: unknown) {
  const d = (data ?? {}) as Record<string, unknown>;
  const files = Array.isArray(d.attachments) ? d.attachments : [];
  return {
    title: typeof d.title === "string" ? d.title : "",
    body: typeof d.body === "string" ? d.body : "",
    attachmentNames: files.map((f) => (f && typeof f === "object" && typeof (f as { name?: unknown }).name === "string" ? (f as { name: string }).name : "")),
  };
}

/** The keyword hits for a form's data (title, body, attachment names), with the configured list. */
export async function classifiedHitsOf(db: Db, data: unknown): Promise<ClassifiedHit[]> {
  return findClassifiedKeywords(itemOf(data), await getClassifiedKeywords(db));
}

async function confirmedHash(db: Db, recordId: string, hash: string): Promise<boolean> {
  const events = await db.auditEvent.findMany({ where: { action: "classified.confirm", objectType: "form_record", objectId: recordId }, select: { detail: true } });
  return events.some((e) => (e.detail as { contentHash?: string } | null)?.contentHash === hash);
}

/** Whether the record's current content needs, and has, a reviewer's confirmation. */
export async function classifiedStatus(db: Db, recordId: string): Promise<{ hits: ClassifiedHit[]; confirmed: boolean }> {
  const record = await db.formRecord.findUnique({ where: { id: recordId }, select: { data: true } });
  if (!record) return { hits: [], confirmed: false };
  const hits = await classifiedHitsOf(db, record.data);
  return { hits, confirmed: hits.length > 0 && (await confirmedHash(db, recordId, contentHash(record.data))) };
}

export const classifiedUnconfirmedMessage = (hits: readonly ClassifiedHit[]) =>
  `保密审查：本信息${hits.map((h) => `${h.where}含“${h.keyword}”`).join("、")}，须经审核人确认不涉密后才能推送（第十七条）。`;

/** A reviewer (the section's chief, the office reviewer or a leader) confirms the item is not classified. */
export async function confirmClassifiedCheck(db: Db, actor: Actor, recordId: string): Promise<void> {
  assertCan(actor, "classified.confirm");
  const record = await db.formRecord.findUnique({ where: { id: recordId } });
  // Another section's record is "not found", as elsewhere, so that ids reveal nothing.
  const mayReview = record && (record.sectionId === actor.sectionId || actor.roles.some((r) => (LEADERS as readonly string[]).includes(r)));
  if (!record || record.formKey !== CHECKED_FORM || !mayReview) throw new AppError("not_found", "该审批单不存在或您无权查看。");
  if (!CONFIRMABLE_STATES.includes(record.state)) throw new AppError("classified_state", "只能在审核、审批阶段或推送前确认保密审查。");
  const hits = await classifiedHitsOf(db, record.data);
  if (hits.length === 0) throw new AppError("classified_none", "本信息未发现涉密关键词，无需确认。");
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id, actorName: actor.username, action: "classified.confirm", objectType: "form_record", objectId: recordId,
      detail: { contentHash: contentHash(record.data), keywords: hits.map((h) => `${h.where}:${h.keyword}`), version: record.version },
    }),
  );
}

/** The 推送 guard: refuses while keyword hits lack a confirmation of this exact content. */
export function classifiedKeywordGuard(db: () => Db): Guard {
  return async (ctx) => {
    if (!ctx.recordId) return;
    const { hits, confirmed } = await classifiedStatus(db(), ctx.recordId);
    if (hits.length > 0 && !confirmed) throw new AppError("classified_unconfirmed", classifiedUnconfirmedMessage(hits));
  };
}
