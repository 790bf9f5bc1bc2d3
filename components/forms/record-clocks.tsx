// The record page's deadlines: due day, days left, and how they were counted (holidays and
// 调休 days, pauses, extensions), computed from the record's events and the calendar table.
import { loadCalendar } from "@/lib/calendar/load";
import { getDb } from "@/lib/db/client";
import { computeClocks, daysLeft, explainClock, urgencyOf } from "@/lib/form-engine/clocks";
import type { EventLike } from "@/lib/form-engine/records";
import type { FormData, FormDefinition } from "@/lib/form-engine/types";

const STATUS = { not_started: "未开始", running: "计算中", paused: "暂停", stopped: "已办结" } as const;

export async function RecordClocks({ def, record, now = new Date() }: { def: FormDefinition; record: { state: string; data: unknown; events: EventLike[]; registrationNumber?: string | null }; now?: Date }) {
  const number = record.registrationNumber ? <p className="mb-2">登记号：<strong data-testid="registration-number">{record.registrationNumber}</strong></p> : null;
  if (!def.clocks?.length) return number ? <section className="rounded bg-white p-4 shadow-sm">{number}</section> : null;
  const cal = await loadCalendar(getDb());
  const clocks = computeClocks(def, { state: record.state, data: record.data as FormData, events: record.events }, cal);
  const stateLabel = (s: string) => def.states[s]?.label ?? s;
  return (
    <section aria-labelledby="clocks-h" className="rounded bg-white p-4 shadow-sm">
      <h2 id="clocks-h" className="mb-2 text-lg font-bold">办理期限</h2>
      {number}
      <ul className="grid gap-3">
        {clocks.map((c) => {
          const left = c.status === "running" ? daysLeft(cal, c, now) : null;
          const urgency = urgencyOf(cal, c, now, def.clocks!.find((x) => x.key === c.key)?.dueSoon);
          const unit = c.unit === "calendar" ? "日" : "个工作日";
          return (
            <li key={c.key} data-testid={`clock-${c.key}`} data-urgency={urgency ?? c.status}>
              <p>
                {c.label}：<strong>{c.due ?? STATUS[c.status]}</strong>
                {c.provisional ? <span className="ml-2 rounded bg-amber-100 px-1 text-amber-800">暂定</span> : null}
                <span className="ml-2 text-slate-600">（{STATUS[c.status]}）</span>
                {left !== null ? (
                  <span className={`ml-2 ${urgency === "overdue" ? "font-bold text-red-700" : urgency === "due_soon" ? "text-amber-700" : ""}`}>
                    {left >= 0 ? `剩余 ${left} ${unit}` : `已超期 ${-left} ${unit}`}
                  </span>
                ) : null}
              </p>
              <ul className="ml-4 list-disc text-sm text-slate-600">
                {explainClock(c, stateLabel).map((line) => <li key={line}>{line}</li>)}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
