// The publishing effects of the approval workflow: the approved content becomes (or stops
// being) an article on its column. The row is written in the transition's transaction; the
// public pages are revalidated only after it commits.
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { beijingDayStart } from "@/lib/time/beijing";
import type { Effect, FormData, Json } from "@/lib/form-engine/types";
import { isPageColumn, replacePageText, withdrawPageText } from "@/lib/columns/page-versions";
import { revalidateArticle, revalidateColumns } from "./revalidate";
import { articleSearchFields } from "./search-fields";
import { parseServiceGuide, type ServiceGuide } from "./service-guide";
import { sanitizeRichText } from "./sanitize";
import { documentColumns, documentMetaOf } from "./document-meta";
import { articleSourceOf } from "@/lib/unit-submission/source";

/** 发布日期 is a Beijing calendar day; an item dated later appears at the start of that day. */
export function publishAtFor(publishDate: Json | undefined, now = new Date()): Date {
  if (typeof publishDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(publishDate)) return now;
  const day = beijingDayStart(publishDate);
  return day > now ? day : now;
}

const str = (v: Json | undefined) => (typeof v === "string" ? v : "");
const list = (v: Json | undefined) => (Array.isArray(v) ? v : []);

function summaryOf(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim().slice(0, 120);
}

/** The 办事指南 links and materials of the form, or null when none were given (Art. 13). */
function serviceGuideOf(data: FormData): ServiceGuide | null {
  const links = Object.fromEntries(["applyUrl", "consultUrl", "progressUrl", "resultUrl"].map((k) => [k, str(data[k]).trim()]).filter(([, v]) => v));
  const materials = list(data.materials).filter((m) => m && typeof m === "object" && str((m as Record<string, Json>).name).trim());
  const cleaned = materials.map((m) => Object.fromEntries(Object.entries(m as Record<string, Json>).filter(([, v]) => typeof v === "string" && v.trim())));
  if (!Object.keys(links).length && !cleaned.length) return null;
  return parseServiceGuide({ ...links, materials: cleaned });
}

/** What an approval form's data becomes on the site: written on publishing, shown as the staff 预览. */
export function articleContentOf(data: FormData, now = new Date()) {
  return {
    columnId: str(data.column),
    title: str(data.title),
    bodyHtml: sanitizeRichText(str(data.body)),
    serviceGuide: serviceGuideOf(data),
    attachments: list(data.attachments),
    images: list(data.images),
    publishAt: publishAtFor(data.publishDate, now),
  };
}

export async function writeArticle(tx: Prisma.TransactionClient, recordId: string, sectionId: string, data: FormData): Promise<void> {
  const content = articleContentOf(data);
  const { bodyHtml, title } = content;
  const fields = {
    columnId: content.columnId,
    sectionId,
    title,
    bodyHtml,
    ...articleSearchFields(title, bodyHtml),
    serviceGuide: (content.serviceGuide ?? Prisma.DbNull) as Prisma.InputJsonValue | typeof Prisma.DbNull,
    summary: summaryOf(bodyHtml),
    attachments: content.attachments as Prisma.InputJsonValue,
    images: content.images as Prisma.InputJsonValue,
    publishAt: content.publishAt,
    withdrawnAt: null,
    withdrawReason: null,
    ...documentColumns(documentMetaOf(data)),
    source: await articleSourceOf(tx, recordId),
  };
  await tx.article.upsert({ where: { recordId }, create: { ...fields, recordId }, update: fields });
}

export async function revalidateRecordArticle(recordId: string): Promise<void> {
  // A form that replaced a single page's text: the column pages carry it.
  if (await getDb().columnPageVersion.findFirst({ where: { recordId }, select: { id: true } })) return revalidateColumns();
  const a = await getDb().article.findUnique({ where: { recordId }, select: { id: true, column: { select: { slug: true } } } });
  // revalidateArticle itself copes with running outside a Next.js request (tests, scripts).
  if (a) revalidateArticle({ id: a.id, columnSlug: a.column.slug });
}

export const publishEffect: Effect = {
  name: "publish",
  async inTransaction(tx, ctx) {
    // Only the last signature of a multi-party step reaches the published state.
    if (ctx.toState !== "published") return;
    const rec = await tx.formRecord.findUniqueOrThrow({ where: { id: ctx.recordId }, select: { sectionId: true } });
    if (!rec.sectionId) throw new Error(`record ${ctx.recordId} has no section to publish for`);
    // A single-page column (Art. 10) is not a list: the approved content replaces its text.
    const columnId = str(ctx.data.column);
    if (await isPageColumn(tx, columnId))
      return replacePageText(tx, { recordId: ctx.recordId, sectionId: rec.sectionId, columnId, title: str(ctx.data.title), bodyHtml: str(ctx.data.body) });
    await writeArticle(tx, ctx.recordId, rec.sectionId, ctx.data);
  },
  async afterCommit(ctx) {
    if (ctx.toState === "published") await revalidateRecordArticle(ctx.recordId);
  },
};

/** 标记废止/失效: only the article's 有效性 changes; its content stays as approved. */
export const documentStatusEffect: Effect = {
  name: "documentStatus",
  async inTransaction(tx, ctx) {
    const meta = documentMetaOf(ctx.data);
    await tx.article.update({ where: { recordId: ctx.recordId }, data: { docValidity: meta?.docValidity ?? null, docValidityDate: documentColumns(meta).docValidityDate } });
  },
  async afterCommit(ctx) {
    await revalidateRecordArticle(ctx.recordId);
  },
};

export const withdrawEffect: Effect = {
  name: "withdraw",
  async inTransaction(tx, ctx) {
    if (await withdrawPageText(tx, ctx.recordId)) return;
    await tx.article.update({ where: { recordId: ctx.recordId }, data: { withdrawnAt: new Date(), withdrawReason: ctx.opinion } });
  },
  async afterCommit(ctx) {
    await revalidateRecordArticle(ctx.recordId);
  },
};
