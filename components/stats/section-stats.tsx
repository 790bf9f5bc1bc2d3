// A section's own Art. 19 figures and its Art. 20 / single-veto warnings on /staff.
import Link from "next/link";
import type { Actor } from "@/lib/auth/login";
import { can } from "@/lib/auth/can";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { FIGURE_KEYS, FIGURE_LABELS, figuresFor } from "@/lib/stats/figures";
import { approvedCirculars } from "@/lib/stats/circulars";
import { loadStats } from "@/lib/stats/load";
import { periodLabel, quarterOf, yearOf } from "@/lib/stats/period";
import { MonitorList } from "./monitor-list";
import { SupervisionList } from "./supervision-list";

export async function SectionStats({ actor }: { actor: Actor }) {
  const now = new Date();
  const periods = [quarterOf(now), yearOf(now)];
  const [r, circulars] = await Promise.all([loadStats(getDb(), actor, now, { ownOnly: true }), approvedCirculars(getDb(), yearOf(now))]);
  const ownCirculars = circulars.filter((c) => c.sectionId === actor.sectionId);
  return (
    <section aria-labelledby="own-stats" className="min-w-0 rounded bg-white p-4 shadow-sm" data-testid="own-stats">
      <h2 id="own-stats" className="mb-3 text-lg font-bold">本科室统计与预警</h2>
      <div className="mb-3 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <thead><tr><th className="border px-2 py-1 text-left">统计期间</th>{FIGURE_KEYS.map((k) => <th key={k} className="border px-2 py-1">{FIGURE_LABELS[k]}</th>)}</tr></thead>
        <tbody>
          {periods.map((p) => {
            const f = figuresFor(r.figures, actor.sectionId, p);
            return <tr key={p}><td className="border px-2 py-1">{periodLabel(p)}</td>{FIGURE_KEYS.map((k) => <td key={k} className="border px-2 py-1 text-right">{f[k]}</td>)}</tr>;
          })}
        </tbody>
      </table>
      </div>
      <h3 className="mb-2 font-bold">单项否决预警</h3>
      <MonitorList monitors={r.monitors} />
      <h3 className="mb-2 mt-3 font-bold">督查提示</h3>
      <SupervisionList s={r.supervision} />
      {ownCirculars.length ? (
        <div data-testid="own-circulars" className="mt-3">
          <h3 className="mb-2 font-bold">本年度对本科室的通报（{ownCirculars.length}）</h3>
          <ul className="list-disc pl-6 text-sm">{ownCirculars.map((c) => <li key={c.recordId}>{formatDate(c.approvedAt)}：{c.caseText}</li>)}</ul>
        </div>
      ) : null}
      {can(actor, "stats.read_all") ? <p className="mt-3"><Link href="/staff/stats" className="text-blue-700 underline">查看全站统计督查</Link></p> : null}
    </section>
  );
}
