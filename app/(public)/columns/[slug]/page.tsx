import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/public/article-list";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { Pagination } from "@/components/public/pagination";
import { listColumnArticles } from "@/lib/content/articles";
import { columnHref, findColumn } from "@/lib/content/columns";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { getDb } from "@/lib/db/client";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const column = await findColumn((await params).slug);
  return column ? { title: column.name, description: column.description ?? undefined } : { title: "栏目不存在" };
}

export default async function ColumnPage({ params, searchParams }: Props) {
  const column = await findColumn((await params).slug);
  if (!column) notFound();
  const page = Math.max(1, Math.floor(Number((await searchParams).page ?? 1)) || 1);
  const crumbs = [
    ...(column.parent ? [{ label: column.parent.name, href: columnHref(column.parent) }] : []),
    { label: column.name },
  ];
  return (
    <article>
      <Breadcrumb items={crumbs} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-6">
        <h1 className="mb-1 text-2xl font-bold">{column.name}</h1>
        {column.description && <p className="mb-4 text-slate-600">{column.description}</p>}
        {column.children.length > 0 && (
          <nav aria-label="子栏目" className="mb-4">
            <ul className="flex flex-wrap gap-2">
              {column.children.map((c) => (
                <li key={c.slug}><Link href={columnHref(c)} className="rounded border border-brand px-3 py-1 text-brand">{c.name}</Link></li>
              ))}
            </ul>
          </nav>
        )}
        <ColumnBody column={column} page={page} />
      </div>
    </article>
  );
}

async function ColumnBody({ column, page }: { column: NonNullable<Awaited<ReturnType<typeof findColumn>>>; page: number }) {
  if (column.kind === "page") {
    return <div className="prose-article" dangerouslySetInnerHTML={{ __html: sanitizeRichText(column.pageBody ?? "") }} />;
  }
  if (column.kind === "link") {
    return <p><a href={column.externalUrl ?? "/"} className="text-brand underline">前往{column.name}</a></p>;
  }
  const { items, pages } = await listColumnArticles(column.id, page);
  return (
    <>
      <ArticleList items={items} />
      <Pagination page={page} pages={pages} href={(p) => `/columns/${column.slug}?page=${p}`} />
    </>
  );
}

export async function generateStaticParams() {
  const columns = await getDb().column.findMany({ where: { visible: true }, select: { slug: true } });
  return columns.map((c) => ({ slug: c.slug }));
}
