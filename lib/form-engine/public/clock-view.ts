// A clock as the citizen reads it on the status page: one line with the due day (or why there
// is none now) and the same explanation the record page gives (extension, pauses, holidays).
import type { WorkCalendar } from "@/lib/calendar/working-days";
import { daysLeft, explainClock, type ClockState } from "../clocks";

export interface CitizenClock {
  key: string;
  label: string;
  value: string;
  lines: string[];
}

export function citizenClock(c: ClockState, cal: WorkCalendar, now: Date, stateLabel: (s: string) => string): CitizenClock {
  const unit = c.unit === "calendar" ? "日" : "个工作日";
  let value: string;
  if (c.status === "not_started") value = "登记后开始计算";
  else if (c.status === "paused") value = `暂停计算（${stateLabel(c.pauses.at(-1)?.state ?? "")}），恢复计算后尚余 ${c.remaining} ${unit}`;
  else if (c.status === "stopped") value = `已于 ${c.stoppedOn} 办结`;
  else {
    const left = daysLeft(cal, c, now) ?? 0;
    const rest = left > 0 ? `还有 ${left} ${unit}` : left === 0 ? "今天到期" : "已超过期限";
    value = `${c.due}${c.provisional ? "（暂定）" : ""}前答复，${rest}`;
  }
  return { key: c.key, label: c.label, value, lines: c.status === "not_started" ? [] : explainClock(c, stateLabel) };
}
