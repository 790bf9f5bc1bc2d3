import type { ReactNode } from "react";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { ServiceGuidePanel } from "@/components/public/service-guide";
import type { ArticleViewData } from "@/lib/content/preview";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { formatDateTime } from "@/lib/format";
import type { documentDisplay } from "@/lib/content/document-meta";
import { DocumentInfo } from "./document-info";

export interface ArticleViewProps extends ArticleViewData {
  /** Beside the date line: the print button on the site; nothing in the staff preview. */
  tools?: ReactNode;
  /** 文件信息 of a document in 政策法规 / 政府信息公开 (lib/content/document-meta.ts documentDisplay). */
  document?: ReturnType<typeof documentDisplay>;
}

/** An article as citizens see it: the public article page and the staff 预览 both render this. */
export function ArticleView({ title, column, sectionName, publishAt, bodyHtml, images, attachments, guide, tools, document }: ArticleViewProps) {
  return (
    <>
      <Breadcrumb items={[{ label: column.name, href: `/columns/${column.slug}` }, { label: "正文" }]} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-8">
        <h1 className="text-center text-2xl font-bold leading-relaxed">{title}</h1>
        <p className="mt-3 flex flex-wrap items-center justify-center gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm text-slate-600">
          <span>来源：{sectionName}</span>
          <span>发布时间：<time dateTime={publishAt.toISOString()}>{formatDateTime(publishAt)}</time></span>
          {tools}
        </p>
        {document && <DocumentInfo document={document} />}
        <div className="prose-article mt-4" dangerouslySetInnerHTML={{ __html: sanitizeRichText(bodyHtml) }} />
        {images.length > 0 && (
          <div className="mt-4 grid gap-4">
            {images.map((img) => (
              // Uploaded images come in any size; the browser scales them, no optimiser round-trip.
              // eslint-disable-next-line @next/next/no-img-element
              <img key={img.url} src={img.url} alt={img.alt} className="mx-auto h-auto max-w-full" />
            ))}
          </div>
        )}
        {guide && <ServiceGuidePanel guide={guide} />}
        {attachments.length > 0 && (
          <section aria-labelledby="attachments" className="mt-6 border-t border-slate-200 pt-4">
            <h2 id="attachments" className="font-bold">附件</h2>
            <ul className="mt-2 list-disc pl-6">
              {attachments.map((f) => (
                <li key={f.url}><a href={f.url} className="text-brand underline" download>{f.name}</a></li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
