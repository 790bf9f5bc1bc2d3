// The staff 预览: a record of a publishing form shown as its public article page will show it.
import type { Db } from "@/lib/db/client";
import type { FormData, FormDefinition } from "@/lib/form-engine/types";
import { parseAttachments, parseImages, type FileLink, type ImageLink } from "./files";
import { articleContentOf } from "./publish";
import type { ServiceGuide } from "./service-guide";
import { articleSourceOf } from "@/lib/unit-submission/source";

/** What an article page shows (components/public/article-view.tsx renders it). */
export interface ArticleViewData {
  title: string;
  column: { name: string; slug: string };
  sectionName: string;
  publishAt: Date;
  bodyHtml: string;
  images: ImageLink[];
  attachments: FileLink[];
  guide: ServiceGuide | null;
}

/** Props for ArticleView from the record's current data, or null for a form that publishes nothing. */
export async function articlePreview(db: Db, def: FormDefinition, record: { id?: string; data: unknown; section: { name: string } | null }): Promise<ArticleViewData | null> {
  if (!def.actions.some((a) => a.effects?.includes("publish"))) return null;
  const c = articleContentOf(record.data as FormData);
  const column = c.columnId ? await db.column.findUnique({ where: { id: c.columnId }, select: { name: true, slug: true } }) : null;
  const title = c.title || "（未填写标题）";
  return {
    title,
    column: column ?? { name: "（未选择栏目）", slug: "" },
    // 来源: the unit an adopted submission came from, as the published page will show it.
    sectionName: (record.id ? await articleSourceOf(db, record.id) : null) ?? record.section?.name ?? "",
    publishAt: c.publishAt,
    bodyHtml: c.bodyHtml,
    images: parseImages(c.images, title),
    attachments: parseAttachments(c.attachments),
    guide: c.serviceGuide,
  };
}
