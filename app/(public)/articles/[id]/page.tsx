import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { findArticle } from "@/lib/content/articles";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { formatDateTime } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = Number((await params).id);
  return Number.isSafeInteger(id) && id > 0 ? findArticle(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  return article ? { title: article.title, description: article.summary || article.title } : { title: "信息不存在" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  if (!article) notFound();
  return (
    <article>
      <Breadcrumb items={[{ label: article.column.name, href: `/columns/${article.column.slug}` }, { label: "正文" }]} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-8">
        <h1 className="text-center text-2xl font-bold leading-relaxed">{article.title}</h1>
        <p className="mt-3 border-b border-slate-200 pb-3 text-center text-sm text-slate-600">
          <span>来源：{article.section.name}</span>
          <span className="ml-4">发布时间：<time dateTime={article.publishAt.toISOString()}>{formatDateTime(article.publishAt)}</time></span>
        </p>
        <div className="prose-article mt-4" dangerouslySetInnerHTML={{ __html: sanitizeRichText(article.bodyHtml) }} />
      </div>
    </article>
  );
}

export function generateStaticParams() {
  return []; // rendered on first visit, then served from the cache
}
