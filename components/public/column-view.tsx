import Link from "next/link";
import { notFound } from "next/navigation";
import { columnHref } from "@/lib/content/columns";
import { getColumn, getColumnArticles } from "@/lib/content/public-data";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { ArticleList } from "./article-list";
import { Breadcrumb } from "./breadcrumb";
import { Pagination } from "./pagination";
import { PublicEntryNotice } from "./public-entry-notice";

/** Page n of a column's list lives at a path of its own, so every page can be static. */
export const columnPageHref = (slug: string, page: number) => (page <= 1 ? `/columns/${slug}` : `/columns/${slug}/page/${page}`);

export async function columnMetadata(slug: string, page = 1) {
  const column = await getColumn(slug);
  if (!column) return { title: "栏目不存在" };
  return {
    title: page > 1 ? `${column.name}（第${page}页）` : column.name,
    description: column.description ?? `${column.name}栏目`,
    alternates: { types: { "application/rss+xml": `/columns/${slug}/feed.xml` } },
  };
}

export async function ColumnView({ slug, page }: { slug: string; page: number }) {
  const column = await getColumn(slug);
  if (!column || !Number.isSafeInteger(page) || page < 1) notFound();
  const crumbs = [...(column.parent ? [{ label: column.parent.name, href: columnHref(column.parent) }] : []), { label: column.name }];
  const responsible = column.sections.map((s) => s.section.name).join("、");
  return (
    <article>
      <Breadcrumb items={crumbs} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-6">
        <h1 className="mb-1 text-2xl font-bold">{column.name}</h1>
        {column.description && <p className="mb-1 text-slate-600">{column.description}</p>}
        {responsible && <p className="mb-4 text-sm text-slate-600">责任科室：{responsible}</p>}
        {column.children.length > 0 && (
          <nav aria-label="子栏目" className="mb-4">
            <ul className="flex flex-wrap gap-2">
              {column.children.map((c) => (
                <li key={c.slug}><Link href={columnHref(c)} className="block rounded border border-brand px-3 py-1 text-brand">{c.name}</Link></li>
              ))}
            </ul>
          </nav>
        )}
        <PublicEntryNotice slug={column.slug} />
        {column.kind === "page" ? (
          page === 1 ? <div className="prose-article" dangerouslySetInnerHTML={{ __html: sanitizeRichText(column.pageBody ?? "") }} /> : notFound()
        ) : column.kind === "link" ? (
          <p><a href={column.externalUrl ?? "/"} className="text-brand underline">前往{column.name}</a></p>
        ) : (
          <ColumnList columnId={column.id} slug={column.slug} page={page} />
        )}
        <p className="mt-6 text-sm print:hidden">
          <a href={`/columns/${column.slug}/feed.xml`} className="text-brand underline">订阅本栏目（RSS）</a>
        </p>
      </div>
    </article>
  );
}

async function ColumnList({ columnId, slug, page }: { columnId: string; slug: string; page: number }) {
  const { items, pages } = await getColumnArticles(columnId, page);
  if (page > pages) notFound();
  return (
    <>
      <ArticleList items={items} />
      <Pagination page={page} pages={pages} href={(p) => columnPageHref(slug, p)} />
    </>
  );
}
