import Link from "next/link";
import { RecordFilters } from "@/components/forms/record-filters";
import { Pager } from "@/components/staff/pager";
import { allowed } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { listHref, parseListQuery } from "@/lib/form-engine/list-query";
import { listFilterOptions, myRecords } from "@/lib/form-engine/tasks";

export const metadata = { title: "信息发布审批" };

const PATH = "/staff/records";

export default async function RecordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor(PATH);
  const query = parseListQuery(await searchParams);
  const db = getDb();
  const [records, options, mayDraft] = await Promise.all([myRecords(db, actor, query), listFilterOptions(db), allowed(actor, { start: "publication-approval" }, db)]);
  return (
    <div className="rounded bg-white p-4 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold">信息发布审批</h1>
        {mayDraft ? (
          <Link href="/staff/forms/publication-approval/new" className="rounded bg-brand px-4 py-2 text-white">新建发布审批表</Link>
        ) : null}
      </div>
      <RecordFilters path={PATH} query={query} options={options} />
      {records.total === 0 ? <p className="text-slate-500">暂无事项。</p> : (
        <table className="w-full text-left">
          <thead><tr className="border-b"><th className="py-1">标题</th><th>表单</th><th>科室</th><th>状态</th><th>创建时间</th><th>更新时间</th></tr></thead>
          <tbody>
            {records.items.map((r) => (
              <tr key={r.recordId} className="border-b border-slate-100">
                <td className="py-1"><Link href={`/staff/records/${r.recordId}`} className="text-brand underline">{r.title}</Link></td>
                <td>{r.formTitle}</td>
                <td>{r.sectionName}</td>
                <td>{r.state}</td>
                <td><time>{formatDateTime(r.createdAt)}</time></td>
                <td><time>{formatDateTime(r.updatedAt)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={records.page} pages={records.pages} total={records.total} label="事项列表" href={(page) => listHref(PATH, query, { page })} />
    </div>
  );
}
