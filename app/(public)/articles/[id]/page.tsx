import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { PrintButton } from "@/components/public/print-button";
import { ServiceGuidePanel } from "@/components/public/service-guide";
import { parseAttachments, parseImages } from "@/lib/content/files";
import { articleExists } from "@/lib/content/public-index";
import { getArticle, getNeighbours } from "@/lib/content/public-data";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { parseServiceGuide } from "@/lib/content/service-guide";
import { formatDateTime } from "@/lib/format";

// Rendered on first visit, then cached; refreshed by tag on publish, change or withdrawal.
// The interval also makes a scheduled item's page appear once it is due (lib/content/cache-tags.ts).
export const revalidate = 60;

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const raw = (await params).id;
  // Checked against the one cached list of ids first: an unknown id leaves no cache entry of its own.
  return /^\d{1,9}$/.test(raw) && (await articleExists(Number(raw))) ? getArticle(Number(raw)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  return article ? { title: article.title, description: article.summary || article.title } : { title: "信息不存在" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  if (!article) notFound();
  const publishAt = new Date(article.publishAt);
  const images = parseImages(article.images, article.title);
  const attachments = parseAttachments(article.attachments);
  const guide = parseServiceGuide(article.serviceGuide);
  const { older, newer } = await getNeighbours(article.columnId, article.id, article.publishAt);
  return (
    <article>
      <Breadcrumb items={[{ label: article.column.name, href: `/columns/${article.column.slug}` }, { label: "正文" }]} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-8">
        <h1 className="text-center text-2xl font-bold leading-relaxed">{article.title}</h1>
        <p className="mt-3 flex flex-wrap items-center justify-center gap-x-4 gap-y-2 border-b border-slate-200 pb-3 text-sm text-slate-600">
          <span>来源：{article.section.name}</span>
          <span>发布时间：<time dateTime={publishAt.toISOString()}>{formatDateTime(publishAt)}</time></span>
          <PrintButton />
        </p>
        <div className="prose-article mt-4" dangerouslySetInnerHTML={{ __html: sanitizeRichText(article.bodyHtml) }} />
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
      <nav aria-label="上下篇" className="mt-4 grid gap-2 rounded bg-white p-4 shadow-sm sm:grid-cols-2">
        <p>上一篇：{newer ? <Link href={`/articles/${newer.id}`} className="text-brand underline">{newer.title}</Link> : "没有了"}</p>
        <p>下一篇：{older ? <Link href={`/articles/${older.id}`} className="text-brand underline">{older.title}</Link> : "没有了"}</p>
      </nav>
    </article>
  );
}

export function generateStaticParams() {
  return []; // rendered on first visit, then served from the cache
}
