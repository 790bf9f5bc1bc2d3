import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { myRecords } from "@/lib/form-engine/tasks";

export const metadata = { title: "信息发布审批" };

export default async function RecordsPage() {
  const actor = await requireActor("/staff/records");
  const records = await myRecords(getDb(), actor);
  return (
    <div className="rounded bg-white p-4 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold">信息发布审批</h1>
        {actor.roles.includes("publisher") ? (
          <Link href="/staff/forms/publication-approval/new" className="rounded bg-brand px-4 py-2 text-white">新建发布审批表</Link>
        ) : null}
      </div>
      {records.length === 0 ? <p className="text-slate-500">暂无事项。</p> : (
        <table className="w-full text-left">
          <thead><tr className="border-b"><th className="py-1">标题</th><th>科室</th><th>状态</th><th>更新时间</th></tr></thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.recordId} className="border-b border-slate-100">
                <td className="py-1"><Link href={`/staff/records/${r.recordId}`} className="text-brand underline">{r.title}</Link></td>
                <td>{r.sectionName}</td>
                <td>{r.state}</td>
                <td><time>{formatDateTime(r.updatedAt)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
