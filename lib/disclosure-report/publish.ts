// Approval publishes the annual report as an article in 政府信息公开; /disclosure/annual-reports
// lists those articles (lib/disclosure-report/public.ts).
import { revalidateRecordArticle, writeArticle } from "@/lib/content/publish";
import type { Effect } from "@/lib/form-engine/types";
import { todayInBeijing } from "@/lib/time/beijing";
import { reportHtml, reportTitle } from "./render";

/** The column the reports are published in (Art. 10: 政府信息公开, kept by 局办公室). */
export const REPORT_COLUMN = "gov-info";

export const annualReportPublishEffect: Effect = {
  name: "annualReportPublish",
  async inTransaction(tx, ctx) {
    const [rec, column] = await Promise.all([
      tx.formRecord.findUniqueOrThrow({ where: { id: ctx.recordId }, select: { sectionId: true } }),
      tx.column.findUniqueOrThrow({ where: { slug: REPORT_COLUMN }, select: { id: true } }),
    ]);
    if (!rec.sectionId) throw new Error(`annual report ${ctx.recordId} has no section`);
    await writeArticle(tx, ctx.recordId, rec.sectionId, {
      title: reportTitle(ctx.data.year), body: reportHtml(ctx.data), column: column.id, publishDate: todayInBeijing(ctx.now), attachments: [], images: [],
    });
  },
  async afterCommit(ctx) {
    await revalidateRecordArticle(ctx.recordId);
  },
};
