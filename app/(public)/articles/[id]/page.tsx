import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/public/article-view";
import { PrintButton } from "@/components/public/print-button";
import { parseAttachments, parseImages } from "@/lib/content/files";
import { articleExists } from "@/lib/content/public-index";
import { getArticle, getNeighbours } from "@/lib/content/public-data";
import { parseServiceGuide } from "@/lib/content/service-guide";
import { documentDisplay } from "@/lib/content/document-meta";

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
      <ArticleView title={article.title} column={article.column} sectionName={article.source ?? article.section.name} publishAt={publishAt} bodyHtml={article.bodyHtml}
        images={images} attachments={attachments} guide={guide} tools={<PrintButton />} document={documentDisplay(article)} />
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
