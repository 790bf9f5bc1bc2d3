// Server side of 专题专栏申请 (Art. 6, forms/topic-column-request.ts): the org-chart check on a
// unit's 报送, the column-table draft that 信息统计科's 受理 creates, and the links between them.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentHash } from "@/lib/form-engine/content-hash";
import { FieldErrors } from "@/lib/form-engine/errors";
import { getForm } from "@/lib/form-engine/registry";
import { emptyData } from "@/lib/form-engine/schema";
import type { Effect, FormData, Guard, Json } from "@/lib/form-engine/types";
import { todayInBeijing } from "@/lib/time/beijing";
import { TOPIC_REQUEST_FORM } from "./topic-form-key";

const COLUMN_FORM = "column-assignment";
const str = (v: Json | undefined) => (typeof v === "string" ? v : "");

/** A county bureau or unit sends its request only to the city section it reports to (业务归口). */
export function reportsToGuard(db: () => Db): Guard {
  return async (ctx) => {
    if (!ctx.actor) throw new AppError("unauthenticated", "请先登录后再操作。");
    const unit = await db().section.findUnique({ where: { id: ctx.actor.sectionId }, select: { reportsToId: true, reportsTo: { select: { name: true } } } });
    if (!unit?.reportsToId) throw new AppError("invalid", "本单位未设业务归口科室，请联系系统管理员。");
    if (str(ctx.data.citySection) !== unit.reportsToId)
      throw new FieldErrors({ citySection: `请选择本单位的业务归口科室（${unit.reportsTo?.name ?? unit.reportsToId}）。` });
  };
}

/** The column-table change an accepted request becomes: one 专题 row kept by the requesting section or unit. */
export function topicChangeData(request: { id: string; data: FormData; sectionId: string; sectionName: string }, proposer: { displayName: string; sectionName: string }): FormData {
  const def = getForm(COLUMN_FORM);
  if (!def) throw new Error("column-assignment form is not registered");
  const period = str(request.data.period).trim();
  return {
    ...emptyData(def, todayInBeijing()),
    proposer: proposer.displayName,
    section: proposer.sectionName,
    scope: "minor",
    description: `根据${request.sectionName}的专题专栏申请开设专题专栏“${str(request.data.topicName)}”（第六条）。${period ? `开设期限：${period}。` : ""}`,
    opinionDeadline: "",
    changes: [{
      op: "topic", column: `zt-${request.id.slice(-8).toLowerCase()}`, name: str(request.data.topicName), parent: "",
      sectionId: request.sectionId, interval: str(request.data.interval), target: "",
    }],
    sourceRequest: request.id,
  };
}

/**
 * 受理: in the same transaction, a draft 栏目调整审批表 of 信息统计科, prefilled from the request
 * and linked to it, with its first event and audit entry as if saved by the accepting account.
 */
export const createTopicColumnDraftEffect: Effect = {
  name: "createTopicColumnDraft",
  async inTransaction(tx, ctx) {
    const actor = ctx.actor;
    if (!actor) throw new Error("受理 needs a signed-in actor");
    const request = await tx.formRecord.findUniqueOrThrow({ where: { id: ctx.recordId }, select: { sectionId: true, section: { select: { name: true } } } });
    const proposerSection = await tx.section.findUniqueOrThrow({ where: { id: actor.sectionId }, select: { name: true } });
    if (!request.sectionId || !request.section) throw new Error(`request ${ctx.recordId} has no section`);
    const data = topicChangeData({ id: ctx.recordId, data: ctx.data, sectionId: request.sectionId, sectionName: request.section.name }, { displayName: actor.displayName, sectionName: proposerSection.name });
    const def = getForm(COLUMN_FORM)!;
    const draft = await tx.formRecord.create({
      data: { formKey: COLUMN_FORM, state: "draft", sectionId: actor.sectionId, createdById: actor.id, data: data as Prisma.InputJsonValue, title: def.titleOf(data) },
    });
    await tx.formEvent.create({
      data: {
        recordId: draft.id, seq: 1, action: "save", fromState: null, toState: "draft", actorId: actor.id, actorName: actor.displayName, opinion: null,
        contentHash: contentHash(data), detail: { label: "保存草稿", party: `publisher:${actor.sectionId}`, username: actor.username, sourceRequest: ctx.recordId },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id, actorName: actor.displayName, action: "form.transition", objectType: "form_record", objectId: draft.id,
      detail: { formKey: COLUMN_FORM, action: "save", from: "new", to: "draft", sourceRequest: ctx.recordId },
    });
  },
};

/** The request a column-table change came from, or the changes a request became (for the record page). */
export async function topicLinks(db: Db, record: { id: string; formKey: string; data: unknown }): Promise<{ href: string; label: string }[]> {
  if (record.formKey === TOPIC_REQUEST_FORM) {
    const drafts = await db.formRecord.findMany({ where: { formKey: COLUMN_FORM, data: { path: ["sourceRequest"], equals: record.id } }, select: { id: true, title: true } });
    return drafts.map((d) => ({ href: `/staff/records/${d.id}`, label: `已拟栏目调整审批表：${d.title}` }));
  }
  const source = record.formKey === COLUMN_FORM && record.data && typeof record.data === "object" ? (record.data as Record<string, unknown>).sourceRequest : null;
  return typeof source === "string" && source ? [{ href: `/staff/records/${source}`, label: "来源：专题专栏申请" }] : [];
}
