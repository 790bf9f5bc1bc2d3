import Link from "next/link";
import { Forbidden } from "@/components/staff/forbidden";
import { AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEvents } from "@/lib/audit/query";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "审计记录" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const field = "rounded border border-slate-400 px-2 py-1";
const FILTERS = [
  { name: "actor", label: "操作人" },
  { name: "action", label: "操作（前缀，如 login、account、policy）" },
  { name: "object", label: "对象" },
] as const;

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor("/staff/audit");
  if (!can(actor, "audit.read")) return <Forbidden />;
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = auditFilterSchema.parse(raw);
  const { total, events } = await listAuditEvents(getDb(), actor, filter);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])), ...extra }).toString();
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <section aria-labelledby="audit" className="rounded bg-white p-4 shadow-sm">
      <h1 id="audit" className="mb-3 text-xl font-bold">审计记录</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        {FILTERS.map((f) => (
          <label key={f.name} className="grid gap-1">{f.label}<input name={f.name} defaultValue={filter[f.name] ?? ""} className={field} /></label>
        ))}
        <label className="grid gap-1">起始日期<input type="date" name="from" defaultValue={filter.from ?? ""} className={field} /></label>
        <label className="grid gap-1">截止日期<input type="date" name="to" defaultValue={filter.to ?? ""} className={field} /></label>
        <button type="submit" className="rounded bg-brand px-3 py-1.5 text-white">查询</button>
        <a href={`/staff/audit/export?${query({})}`} className="rounded border border-brand px-3 py-1.5 text-brand">导出CSV</a>
      </form>
      <p className="mb-2 text-sm text-slate-600" data-testid="audit-total">共 {total} 条</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b text-left"><th className="p-2">时间</th><th className="p-2">操作人</th><th className="p-2">操作</th><th className="p-2">对象</th><th className="p-2">详情</th><th className="p-2">IP</th></tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={String(e.id)} className="border-b align-top">
                <td className="whitespace-nowrap p-2">{formatDateTime(e.at)}</td>
                <td className="p-2">{e.actorName}</td>
                <td className="p-2 font-mono">{e.action}</td>
                <td className="p-2">{e.objectType}{e.objectId ? ` ${e.objectId}` : ""}</td>
                <td className="max-w-xs break-all p-2 font-mono text-xs">{e.detail === null ? "" : JSON.stringify(e.detail)}</td>
                <td className="p-2">{e.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="分页" className="mt-3 flex gap-3">
        {filter.page > 1 && <Link href={`/staff/audit?${query({ page: String(filter.page - 1) })}`}>上一页</Link>}
        <span>第 {filter.page} / {pages} 页</span>
        {filter.page < pages && <Link href={`/staff/audit?${query({ page: String(filter.page + 1) })}`}>下一页</Link>}
      </nav>
    </section>
  );
}
