// 采用 (Art. 8): the adopting section's publishing account gets a publication approval draft
// prefilled from the submission and linked to it, in the same transaction as the adoption. The
// draft then takes the whole Art. 9 path like any other; its 来源 is derived from the link.
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/form-engine/authorize";
import { contentHash } from "@/lib/form-engine/content-hash";
import { responsibleColumns } from "@/lib/form-engine/options";
import { creationFacts } from "@/lib/form-engine/records";
import { getForm } from "@/lib/form-engine/registry";
import { buildSchema, emptyData } from "@/lib/form-engine/schema";
import type { Effect, FormData, Json } from "@/lib/form-engine/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInBeijing } from "@/lib/time/beijing";

export const APPROVAL_FORM = "publication-approval";

const str = (v: Json | undefined) => (typeof v === "string" ? v : "");

/** The approval form's data made from a submission, for the section that adopts it. */
export async function approvalDraftData(tx: Prisma.TransactionClient, submission: FormData, adopter: { displayName: string }, target: { id: string; name: string }, unitName: string): Promise<FormData> {
  const def = getForm(APPROVAL_FORM);
  if (!def) throw new Error("publication-approval is not registered");
  const data = emptyData(def, todayInBeijing());
  // The suggested column is kept only when it is one the adopting section may publish in (Art. 10).
  const columns = await responsibleColumns(tx, target.id);
  const column = columns.find((c) => c.slug === str(submission.suggestedColumn));
  const contact = [str(submission.contact), str(submission.phone)].filter(Boolean).join("，");
  Object.assign(data, {
    secret: str(submission.secret) || "no",
    applicant: adopter.displayName,
    section: target.name,
    title: str(submission.title),
    body: str(submission.body),
    attachments: Array.isArray(submission.attachments) ? submission.attachments : [],
    images: Array.isArray(submission.images) ? submission.images : [],
    column: column?.id ?? "",
    note: `采用${unitName}报送的信息${contact ? `（联系人：${contact}）` : ""}。`.slice(0, 500),
  });
  return data;
}

export const adoptSubmissionEffect: Effect = {
  name: "adopt-submission",
  async inTransaction(tx, ctx) {
    const def = getForm(APPROVAL_FORM);
    const actor = ctx.actor;
    if (!def || !actor) throw new Error("adopt-submission needs the approval form and a signed-in actor");
    const submission = await tx.formRecord.findUniqueOrThrow({ where: { id: ctx.recordId }, select: { section: { select: { name: true } } } });
    const targetId = str(ctx.data.target);
    const target = await tx.section.findUniqueOrThrow({ where: { id: targetId }, select: { id: true, name: true } });
    // The draft belongs to the adopting section: the engine's own rule must let this account draft there.
    assertCan(def, actor, "save", await creationFacts(tx, { sectionId: target.id }));
    const unitName = submission.section?.name ?? "";
    const data = await approvalDraftData(tx, ctx.data, actor, target, unitName);
    const parsed = buildSchema(def, "partial").safeParse(data);
    if (!parsed.success) throw new Error(`adopted submission ${ctx.recordId} does not fit the approval form: ${parsed.error.message}`);
    const draft = await tx.formRecord.create({
      data: { formKey: def.key, state: "draft", sectionId: target.id, createdById: actor.id, data: data as Prisma.InputJsonValue, title: def.titleOf(data) },
    });
    // The primary key on submissionId: a second adoption of one submission fails here and rolls back.
    await tx.submissionAdoption.create({ data: { submissionId: ctx.recordId, approvalId: draft.id } });
    await tx.formEvent.create({
      data: {
        recordId: draft.id, seq: 1, action: "save", fromState: null, toState: "draft", actorId: actor.id, actorName: actor.displayName,
        opinion: `采用${unitName}报送的信息`, contentHash: contentHash(data),
        detail: { label: "采用信息报送", party: "publisher", username: actor.username, submissionId: ctx.recordId },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id, actorName: actor.displayName, action: "form.transition", objectType: "form_record", objectId: draft.id,
      detail: { formKey: def.key, action: "save", from: "new", to: "draft", adoptedFrom: ctx.recordId },
    });
  },
};
