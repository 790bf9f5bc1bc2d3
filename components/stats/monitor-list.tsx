// The single-veto monitors as traffic lights, used on the statistics page and on /staff.
import type { Light, Monitor } from "@/lib/stats/monitors";

const LIGHT: Record<Light, { label: string; className: string }> = {
  green: { label: "绿灯", className: "bg-green-600" },
  amber: { label: "黄灯", className: "bg-amber-500" },
  red: { label: "红灯", className: "bg-red-600" },
};

export function MonitorList({ monitors }: { monitors: Monitor[] }) {
  if (monitors.length === 0) return <p className="text-slate-600">没有单项否决预警。</p>;
  return (
    <ul className="grid gap-2">
      {monitors.map((m) => (
        <li key={m.key} data-testid={`monitor-${m.key}`} data-light={m.light} className="flex items-start gap-3 rounded border border-slate-200 p-2">
          <span aria-hidden className={`mt-1 inline-block h-4 w-4 shrink-0 rounded-full ${LIGHT[m.light].className}`} />
          <div>
            <p className="font-bold">{m.label}<span className="ml-2 text-sm font-normal">{LIGHT[m.light].label}</span>{m.notVeto ? <span className="ml-2 text-xs font-normal text-slate-600">（期限监测，不属单项否决指标）</span> : null}</p>
            <p className="text-sm text-slate-700">阈值 {m.threshold}，已达 {Math.round(Math.min(m.ratio, 9.99) * 100)}%；{m.detail}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
