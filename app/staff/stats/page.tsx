import { failingVetoes } from "@/lib/stats/monitors";
import Link from "next/link";
import { can, FORBIDDEN_MESSAGE } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { FIGURE_LABELS, figuresFor } from "@/lib/stats/figures";
import { loadStats } from "@/lib/stats/load";
import { periodLabel, quarterOf, selectedPeriod, yearOf } from "@/lib/stats/period";
import { STATS_CSV_HEADER, statsRows } from "@/lib/stats/csv";
import { CircularList } from "@/components/stats/circular-list";
import { LeakSignalList } from "@/components/stats/leak-signal-list";
import { MonitorList } from "@/components/stats/monitor-list";
import { allowed } from "@/lib/auth/permissions";
import { approvedCirculars } from "@/lib/stats/circulars";
import { CIRCULAR_FORM } from "@/lib/stats/keys";
import { leakSignals } from "@/lib/stats/leak-signals";
import { SupervisionList } from "@/components/stats/supervision-list";
import { UrgentPendingFlags } from "@/components/stats/urgent-pending-flags";
import { BarChart } from "./bar-chart";

export const metadata = { title: "统计督查" };
export const dynamic = "force-dynamic";

export default async function StatsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "stats.read_all")) return <p role="alert" className="rounded bg-white p-4">{FORBIDDEN_MESSAGE}各科室的本科室统计见“我的工作台”。</p>;
  const now = new Date();
  const db = getDb();
  const period = selectedPeriod((await searchParams).period, now);
  const [report, signals, circulars, mayCircular] = await Promise.all([loadStats(db, actor, now), leakSignals(db, period), approvedCirculars(db, period), allowed(actor, { start: CIRCULAR_FORM }, db)]);
  const options = [...new Set([quarterOf(now), yearOf(now), ...report.periods])].sort((a, b) => b.localeCompare(a));
  const rows = statsRows(report, period);
  const red = failingVetoes(report.monitors).length;
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">统计督查</h1>
      <section aria-labelledby="veto" className="rounded bg-white p-4 shadow-sm">
        <h2 id="veto" className="mb-1 text-lg font-bold">单项否决监测</h2>
        <p data-testid="verdict" className={`mb-3 font-bold ${red ? "text-red-700" : "text-green-700"}`}>{red ? `如今天检查，网站有${red}项单项否决指标不合格。` : "如今天检查，单项否决指标全部合格。"}</p>
        <MonitorList monitors={report.monitors} />
      </section>
      <UrgentPendingFlags />
      <section aria-labelledby="figures" className="min-w-0 rounded bg-white p-4 shadow-sm">
        <h2 id="figures" className="mb-3 text-lg font-bold">各科室、单位信息统计（第十九条）</h2>
        <form method="get" className="mb-3 flex flex-wrap items-center gap-2">
          <label htmlFor="period">统计期间</label>
          <select id="period" name="period" defaultValue={period} className="rounded border px-2 py-1">
            {options.map((p) => <option key={p} value={p}>{periodLabel(p)}</option>)}
          </select>
          <button type="submit" className="rounded bg-slate-700 px-3 py-1 text-white">查看</button>
          <Link href={`/staff/stats/export?period=${period}`} className="ml-auto rounded border px-3 py-1" data-testid="csv-link" prefetch={false}>导出CSV</Link>
          <Link href={`/staff/stats/pdf?period=${period}`} className="rounded border px-3 py-1" data-testid="pdf-link" prefetch={false}>导出PDF</Link>
        </form>
        <BarChart
          title={`${periodLabel(period)} 报送与发布`}
          categories={report.sections.map((s) => s.name)}
          series={[{ key: "submitted", label: "报送", color: "#64748b" }, { key: "adopted", label: "采用", color: "#16a34a" }, { key: "published", label: "发布", color: "#2563eb" }, { key: "returned", label: "退回", color: "#f59e0b" }]}
          values={(name, key) => { const s = report.sections.find((x) => x.name === name); return s ? figuresFor(report.figures, s.id, period)[key as "submitted"] : 0; }}
        />
        <div className="mt-4 overflow-x-auto">
          <table data-testid="stats-table" className="w-full border-collapse text-sm">
            <thead><tr>{STATS_CSV_HEADER.map((h) => <th key={h} className="border px-2 py-1 text-left">{h}</th>)}</tr></thead>
            <tbody>
              {rows.map((r) => <tr key={r[0]}>{r.map((c, i) => <td key={i} className={`border px-2 py-1 ${i > 1 ? "text-right" : ""}`}>{c}</td>)}</tr>)}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-xs text-slate-600">{`各项按不同信息条数计算（同一信息退回后重新报送只计一次）。“${FIGURE_LABELS.submitted}”“${FIGURE_LABELS.adopted}”对县（市、区）卫生计生局和直属单位指其信息报送单；“${FIGURE_LABELS.columnUpdates}”指在本科室负责的栏目中发布的信息数；“${FIGURE_LABELS.lettersOnTime}”指在15个工作日期限内答复的来信。`}</p>
        <p className="mt-2"><Link href={`/staff/stats/assessment`} className="text-blue-700 underline" data-testid="assessment-link">季度考核</Link></p>
      </section>
      <section aria-labelledby="supervision" className="rounded bg-white p-4 shadow-sm">
        <h2 id="supervision" className="mb-3 text-lg font-bold">督查（第二十条）</h2>
        <SupervisionList s={report.supervision} />
      </section>
      <section aria-labelledby="leaks" className="rounded bg-white p-4 shadow-sm">
        <h2 id="leaks" className="mb-3 text-lg font-bold">失泄密风险提示（{periodLabel(period)}）</h2>
        <LeakSignalList signals={signals} />
      </section>
      <section aria-labelledby="circulars" className="rounded bg-white p-4 shadow-sm">
        <h2 id="circulars" className="mb-3 text-lg font-bold">通报（{periodLabel(period)}）</h2>
        <CircularList circulars={circulars} />
        {mayCircular ? <p className="mt-3"><Link href={`/staff/forms/${CIRCULAR_FORM}/new`} className="text-blue-700 underline">新建通报</Link></p> : null}
      </section>
    </div>
  );
}
