import Link from "next/link";
import { AssessmentTable } from "@/components/stats/assessment-table";
import { can, FORBIDDEN_MESSAGE } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { assessmentView, loadWeights } from "@/lib/stats/assessment";
import { mayConfigureAssessment } from "@/lib/stats/assessment-weights";
import { ASSESSMENT_FORM } from "@/lib/stats/keys";
import { periodBounds, periodLabel, quarterOf, selectedQuarter } from "@/lib/stats/period";
import { WeightsForm } from "./weights-form";

export const metadata = { title: "季度考核" };
export const dynamic = "force-dynamic";

/** The running quarter and the seven before it. */
function recentQuarters(now: Date): string[] {
  const out = [quarterOf(now)];
  while (out.length < 8) out.push(quarterOf(new Date(periodBounds(out.at(-1)!).start.getTime() - 1)));
  return out;
}

export default async function AssessmentPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const actor = await requireActor("/staff/stats/assessment");
  if (!can(actor, "stats.read_all")) return <p role="alert" className="rounded bg-white p-4">{FORBIDDEN_MESSAGE}</p>;
  const db = getDb();
  const now = new Date();
  const period = selectedQuarter((await searchParams).period, now);
  const [view, mayConfigure, records] = await Promise.all([
    assessmentView(db, period, now),
    mayConfigureAssessment(actor, db),
    db.formRecord.findMany({ where: { formKey: ASSESSMENT_FORM, data: { path: ["quarter"], equals: period } }, orderBy: { createdAt: "desc" }, select: { id: true, state: true, createdAt: true } }),
  ]);
  const options = [...new Set([period, ...recentQuarters(now)])].sort((a, b) => b.localeCompare(a));
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">季度考核（第十九条）</h1>
      <section aria-labelledby="table" className="min-w-0 rounded bg-white p-4 shadow-sm">
        <h2 id="table" className="mb-3 text-lg font-bold">{periodLabel(period)}考核表</h2>
        <form method="get" className="mb-3 flex flex-wrap items-center gap-2">
          <label htmlFor="period">查看季度</label>
          <select id="period" name="period" defaultValue={period} className="rounded border px-2 py-1">
            {options.map((p) => <option key={p} value={p}>{periodLabel(p)}</option>)}
          </select>
          <button type="submit" className="rounded bg-slate-700 px-3 py-1 text-white">查看</button>
          <a href={`/staff/stats/assessment/pdf?period=${period}`} className="ml-auto rounded border px-3 py-1" data-testid="assessment-pdf-link">导出PDF</a>
        </form>
        <p data-testid="assessment-status" data-frozen={view.frozen} className={`mb-3 font-bold ${view.frozen ? "text-green-800" : "text-amber-800"}`}>
          {view.frozen && view.approvedAt ? `已批准（${formatDateTime(view.approvedAt)}），考核结果已冻结，不再随数据变化。` : "尚未批准：下表按当前数据和计分办法计算，批准时冻结。"}
        </p>
        <AssessmentTable rows={view.rows} />
        <ul className="mt-3 list-disc pl-6 text-sm">
          {records.map((r) => <li key={r.id}><Link href={`/staff/records/${r.id}`} className="text-blue-700 underline">考核表（{r.state === "approved" ? "已批准" : "草稿"}，{formatDateTime(r.createdAt)}）</Link></li>)}
        </ul>
        {mayConfigure && !view.frozen ? <p className="mt-3"><Link href={`/staff/forms/${ASSESSMENT_FORM}/new`} className="rounded bg-brand px-4 py-1 text-white">新建季度考核表</Link></p> : null}
      </section>
      <section aria-labelledby="weights" className="rounded bg-white p-4 shadow-sm">
        <h2 id="weights" className="mb-3 text-lg font-bold">计分办法</h2>
        <p className="mb-3 text-sm text-slate-700">得分 = 基础分 + 各项数量 × 对应分值（扣分项为负数）。报送、采用分只计县（市、区）卫生计生局和市局直属单位；“未按周期更新栏目”按各科室自身在其责任栏目中的更新判断，以季度末为准；“被通报”为本季度经分管领导批准的通报。{view.frozen ? "本季度已按批准时的分值冻结。" : ""}</p>
        {mayConfigure ? (
          <WeightsForm weights={view.frozen ? await loadWeights(db) : view.weights} />
        ) : (
          <ul className="list-disc pl-6 text-sm">{view.weights.map((w) => <li key={w.key}>{w.label}：{w.points}分</li>)}</ul>
        )}
      </section>
    </div>
  );
}
