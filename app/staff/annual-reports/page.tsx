import Link from "next/link";
import { allowed } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ANNUAL_REPORT_FORM } from "@/lib/disclosure-report/fields";
import { formatDateTime } from "@/lib/format";
import { myRecords } from "@/lib/form-engine/tasks";
import { todayInBeijing } from "@/lib/time/beijing";
import { CreateReportForm } from "./create-form";

export const metadata = { title: "政府信息公开工作年度报告" };

const PATH = "/staff/annual-reports";

export default async function AnnualReportsStaffPage() {
  const actor = await requireActor(PATH);
  const db = getDb();
  // The list is decided in the database like every record list: only reports this account takes part in.
  const [reports, mayCreate] = await Promise.all([myRecords(db, actor, { form: ANNUAL_REPORT_FORM, pageSize: 100 }), allowed(actor, { start: ANNUAL_REPORT_FORM }, db)]);
  return (
    <div className="grid gap-6">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="reports-h">
        <h1 id="reports-h" className="mb-2 text-xl font-bold">政府信息公开工作年度报告</h1>
        <p className="mb-4 text-slate-700">按国办公开办函〔2021〕30号模板编写，每年1月31日前发布上一年度报告。表二（规章、行政规范性文件）和表三（依申请公开）在保存草稿和提交审批时由系统统计，提交后不再变化；局办公室起草，分管局领导批准后在“政府信息公开”栏目发布。</p>
        {mayCreate ? <CreateReportForm defaultYear={Number(todayInBeijing().slice(0, 4)) - 1} /> : null}
      </section>
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="list-h">
        <h2 id="list-h" className="mb-2 text-lg font-bold">各年度报告</h2>
        {reports.total === 0 ? <p className="text-slate-600">暂无年度报告。</p> : (
          <table className="w-full text-left">
            <thead><tr className="border-b"><th className="py-1">报告</th><th>状态</th><th>更新时间</th></tr></thead>
            <tbody>
              {reports.items.map((r) => (
                <tr key={r.recordId} className="border-b border-slate-100">
                  <td className="py-1"><Link href={`/staff/records/${r.recordId}`} className="text-brand underline">{r.title}</Link></td>
                  <td>{r.state}</td>
                  <td><time>{formatDateTime(r.updatedAt)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
