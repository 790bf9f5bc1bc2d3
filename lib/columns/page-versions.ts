// Single-page columns (Art. 10: 机构职能, 依申请公开, 服务承诺; Column.kind = page). An approval
// form that names such a column replaces the page's text when it is published (审定, the full
// Art. 9 path): written in the transition's transaction, every earlier text kept as a version.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sanitizeRichText } from "@/lib/content/sanitize";

type Tx = Prisma.TransactionClient;

/** The column is a single page (its text is replaced, no article is listed). */
export async function isPageColumn(tx: Tx | Db, columnId: string): Promise<boolean> {
  if (!columnId) return false;
  const c = await tx.column.findUnique({ where: { id: columnId }, select: { kind: true } });
  return c?.kind === "page";
}

/**
 * Replaces the page's text with the approved content. The text the page had before its first
 * change through this path (the seed's, or an earlier system's) is kept as version 1.
 */
export async function replacePageText(tx: Tx, input: { recordId: string; sectionId: string; columnId: string; title: string; bodyHtml: string }): Promise<void> {
  // One replacement at a time per page, so that "the versions before" stays a clean sequence.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`column-page:${input.columnId}`}))`;
  const column = await tx.column.findUniqueOrThrow({ where: { id: input.columnId }, select: { pageBody: true, updatedAt: true } });
  const kept = await tx.columnPageVersion.count({ where: { columnId: input.columnId } });
  if (kept === 0 && column.pageBody)
    await tx.columnPageVersion.create({ data: { columnId: input.columnId, title: "原有内容", bodyHtml: column.pageBody, publishedAt: column.updatedAt } });
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  await tx.columnPageVersion.create({ data: { columnId: input.columnId, recordId: input.recordId, sectionId: input.sectionId, title: input.title, bodyHtml } });
  await tx.column.update({ where: { id: input.columnId }, data: { pageBody: bodyHtml } });
}

/**
 * 撤稿 of a form that replaced a page's text: its version is marked withdrawn and the page
 * shows the latest version not withdrawn. Returns false when the form replaced no page.
 */
export async function withdrawPageText(tx: Tx, recordId: string): Promise<boolean> {
  const mine = await tx.columnPageVersion.findMany({ where: { recordId, withdrawnAt: null }, select: { id: true, columnId: true } });
  if (mine.length === 0) return false;
  await tx.columnPageVersion.updateMany({ where: { id: { in: mine.map((v) => v.id) } }, data: { withdrawnAt: new Date() } });
  for (const columnId of new Set(mine.map((v) => v.columnId))) {
    const current = await tx.columnPageVersion.findFirst({ where: { columnId, withdrawnAt: null }, orderBy: { id: "desc" }, select: { bodyHtml: true } });
    await tx.column.update({ where: { id: columnId }, data: { pageBody: current?.bodyHtml ?? "" } });
  }
  return true;
}

/** A single-page column with every version of its text, newest first, for the staff screen. */
export async function pageHistory(db: Db, slug: string) {
  const column = await db.column.findFirst({ where: { slug, kind: "page" }, select: { id: true, slug: true, name: true, pageBody: true } });
  if (!column) return null;
  const versions = await db.columnPageVersion.findMany({ where: { columnId: column.id }, orderBy: { id: "desc" } });
  const sections = await db.section.findMany({ where: { id: { in: versions.flatMap((v) => (v.sectionId ? [v.sectionId] : [])) } }, select: { id: true, name: true } });
  const names = Object.fromEntries(sections.map((s) => [s.id, s.name]));
  return {
    column,
    versions: versions.map((v, i) => ({ ...v, number: versions.length - i, sectionName: v.sectionId ? (names[v.sectionId] ?? v.sectionId) : null })),
  };
}
