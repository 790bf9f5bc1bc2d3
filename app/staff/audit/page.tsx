import Link from "next/link";
import { Forbidden } from "@/components/staff/forbidden";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS } from "@/lib/audit/describe";
import { AUDIT_PAGE_SIZE, auditFilterSchema } from "@/lib/audit/query";
import { auditViewerPage } from "@/lib/audit/viewer";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "审计记录" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const field = "rounded border border-slate-400 px-2 py-1";
const FILTERS = [
  { name: "actor", label: "操作人" },
  { name: "object", label: "对象编号" },
] as const;

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor("/staff/audit");
  if (!can(actor, "audit.read")) return <Forbidden />;
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = auditFilterSchema.parse(raw);
  const { total, rows } = await auditViewerPage(getDb(), actor, filter);
  // A filter given in the address (e.g. one exact action) stays selectable.
  const actionChoices = filter.action && !AUDIT_ACTION_GROUPS.some((g) => g.value === filter.action)
    ? [...AUDIT_ACTION_GROUPS, { value: filter.action, label: AUDIT_ACTIONS[filter.action] ?? filter.action }]
    : AUDIT_ACTION_GROUPS;
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
        <label className="grid gap-1">操作类别
          <select name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">全部</option>
            {actionChoices.map((g) => <option key={g.value} value={g.value}>{g.label}</option>)}
          </select>
        </label>
        <label className="grid gap-1">起始日期<input type="date" name="from" defaultValue={filter.from ?? ""} className={field} /></label>
        <label className="grid gap-1">截止日期<input type="date" name="to" defaultValue={filter.to ?? ""} className={field} /></label>
        <button type="submit" className="rounded bg-brand px-3 py-1.5 text-white">查询</button>
        <a href={`/staff/audit/export?${query({})}`} className="rounded border border-brand px-3 py-1.5 text-brand">导出CSV</a>
      </form>
      <p className="mb-2 text-sm text-slate-600" data-testid="audit-total">共 {total} 条</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b text-left"><th className="p-2">时间</th><th className="p-2">操作人</th><th className="p-2">操作</th><th className="p-2">对象</th><th className="p-2">IP</th><th className="p-2">原始记录</th></tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={String(e.id)} className="border-b align-top">
                <td className="whitespace-nowrap p-2">{formatDateTime(e.at)}</td>
                <td className="p-2">{e.actorName}</td>
                <td className="p-2">{e.what}</td>
                <td className="p-2">{e.object}</td>
                <td className="p-2">{e.ip ?? ""}</td>
                <td className="max-w-xs p-2">
                  <details>
                    <summary className="cursor-pointer text-brand">查看</summary>
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 break-all font-mono text-xs">
                      <dt>操作代码</dt><dd>{e.action}</dd>
                      <dt>对象</dt><dd>{e.objectType}{e.objectId ? ` ${e.objectId}` : ""}</dd>
                      <dt>详情</dt><dd>{e.detail === null ? "" : JSON.stringify(e.detail)}</dd>
                    </dl>
                  </details>
                </td>
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
