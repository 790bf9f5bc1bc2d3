// 紧急发布 (forms/urgent-publication.ts): the bureau leader's approval publishes the item at once,
// before the remaining Art. 9 sign-offs, which are collected on the published item afterwards.
import type { Effect } from "@/lib/form-engine/types";
import { revalidateRecordArticle, writeArticle } from "./publish";

export const publishUrgentEffect: Effect = {
  name: "publish_urgent",
  async inTransaction(tx, ctx) {
    const rec = await tx.formRecord.findUniqueOrThrow({ where: { id: ctx.recordId }, select: { sectionId: true } });
    if (!rec.sectionId) throw new Error(`record ${ctx.recordId} has no section to publish for`);
    await writeArticle(tx, ctx.recordId, rec.sectionId, ctx.data);
  },
  async afterCommit(ctx) {
    await revalidateRecordArticle(ctx.recordId);
  },
};
