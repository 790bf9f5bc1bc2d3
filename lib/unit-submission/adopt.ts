// 采用 (Art. 8): the adopting section's publishing account gets a publication approval draft
// prefilled from the submission and linked to it, in the same transaction as the adoption. The
// draft then takes the whole Art. 9 path like any other; its 来源 is derived from the link.
import { responsibleColumns } from "@/lib/form-engine/options";
import { getForm } from "@/lib/form-engine/registry";
import { emptyData } from "@/lib/form-engine/schema";
import { createDerivedRecord } from "@/lib/form-engine/derived-record";
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
    const target = await tx.section.findUniqueOrThrow({ where: { id: str(ctx.data.target) }, select: { id: true, name: true } });
    const unitName = submission.section?.name ?? "";
    // A draft of the adopting section, by its publishing account: the engine judges 保存草稿 as if typed.
    const approvalId = await createDerivedRecord(tx, actor, {
      def, action: "save", sectionId: target.id, data: await approvalDraftData(tx, ctx.data, actor, target, unitName),
      opinion: `采用${unitName}报送的信息`, detail: { adoptedFrom: ctx.recordId }, filesFrom: ctx.data,
    });
    // The primary key on submissionId: a second adoption of one submission fails here and rolls back.
    await tx.submissionAdoption.create({ data: { submissionId: ctx.recordId, approvalId } });
  },
};
