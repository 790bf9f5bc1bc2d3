import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/staff/forbidden";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { pageHistory } from "@/lib/columns/page-versions";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "单页栏目历次内容" };

export default async function PageVersionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireActor(`/staff/columns/pages/${slug}`);
  if (!can(actor, "columns.view")) return <Forbidden />;
  const history = await pageHistory(getDb(), slug);
  if (!history) notFound();
  const { column, versions } = history;
  const currentId = versions.find((v) => !v.withdrawnAt)?.id;
  return (
    <div className="space-y-4">
      <section className="rounded bg-white p-4 shadow-sm">
        <p className="mb-2 text-sm"><Link href="/staff/columns" className="text-brand underline">← 栏目管理</Link></p>
        <h1 className="mb-2 text-xl font-bold">{column.name}：历次内容</h1>
        <p className="mb-3 text-sm text-slate-600">单页栏目的内容通过信息发布审批表修改（第九条、第十条）：审定发布后替换页面内容，此前的内容保留在下表中。</p>
        <p className="mb-3"><a href={`/columns/${column.slug}`} className="text-brand underline">查看网站上的当前页面</a></p>
        <h2 className="mb-1 font-bold">当前内容</h2>
        <div className="prose-article rounded border border-slate-200 p-3" aria-label="当前内容" dangerouslySetInnerHTML={{ __html: sanitizeRichText(column.pageBody ?? "") }} />
      </section>
      <section className="rounded bg-white p-4 shadow-sm">
        <h2 className="mb-2 text-lg font-bold">版本列表</h2>
        {versions.length === 0 ? <p className="text-slate-500">此页面尚未通过审批流程修改过，只有当前内容。</p> : (
          <ol className="space-y-3" aria-label="版本列表">
            {versions.map((v) => (
              <li key={v.id} className="rounded border border-slate-200 p-3" data-testid="page-version">
                <p className="mb-1">
                  <strong>第{v.number}版</strong>
                  {v.id === currentId ? "（当前）" : v.withdrawnAt ? "（已撤稿）" : "（已被替换）"}
                  ：{v.title || "（无标题）"}，<time>{formatDateTime(v.publishedAt)}</time>
                  {v.sectionName ? `，${v.sectionName}` : ""}
                  {v.recordId ? <>，<Link href={`/staff/records/${v.recordId}`} className="text-brand underline">审批表</Link></> : "，审批流程启用前的内容"}
                </p>
                <details>
                  <summary className="cursor-pointer text-brand">查看内容</summary>
                  <div className="prose-article mt-2" dangerouslySetInnerHTML={{ __html: sanitizeRichText(v.bodyHtml) }} />
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
