// Statutory clocks (DESIGN §9): a deadline is never stored as a bare date. It is computed from
// the record's events (start, restart, pauses, extensions, stop) and the working-day calendar,
// so a calendar correction or a late event moves it. record_clocks keeps a derived copy for
// lists (clock-rows.ts), rewritten by every transition and by every calendar correction.
import { beijingDate, isWorkday, workingDaysBetween, type WorkCalendar } from "@/lib/calendar/working-days";
import type { EventLike } from "./records";
import type { ClockDef, FormData, FormDefinition } from "./types";

export type ClockStatus = "not_started" | "running" | "paused" | "stopped";
export type Urgency = "overdue" | "due_soon" | "on_track";

export interface ClockPause {
  from: string;
  /** null while the record is still in a paused state. */
  to: string | null;
  state: string;
  /** Days of the unit that were not counted because of this pause. */
  notCounted: number;
}

export interface ClockState {
  key: string;
  label: string;
  unit: "working" | "calendar";
  days: number;
  status: ClockStatus;
  /** Beijing date of the (latest) starting action; counting begins the day after it. */
  startedOn: string | null;
  startedBy: string | null;
  /** The last day to act on; null before the start and while paused. */
  due: string | null;
  /** While paused: the days still left when the pause began. */
  remaining: number | null;
  extensions: { on: string; days: number }[];
  pauses: ClockPause[];
  /** Non-working weekdays passed over (holidays) and weekend days counted (调休), with names. */
  holidays: { date: string; name: string | null }[];
  makeupDays: string[];
  /** The count entered a year whose holiday schedule is not announced. */
  provisional: boolean;
  stoppedOn: string | null;
  /** Stopped after the due day. */
  late: boolean | null;
}

const DAY = 86_400_000;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

interface ClockInput {
  state: string;
  data: FormData;
  events: readonly EventLike[];
}

function extensionDays(clock: ClockDef, data: FormData): number {
  const ext = clock.extendedBy;
  if (!ext) return 0;
  if (!ext.daysField) return ext.days;
  const n = Number(data[ext.daysField]);
  return Number.isInteger(n) && n > 0 ? Math.min(n, ext.days) : ext.days;
}

/** One clock of one record, as of its events. */
export function computeClock(def: FormDefinition, clock: ClockDef, rec: ClockInput, cal: WorkCalendar): ClockState {
  const unit = clock.unit ?? "working";
  const events = [...rec.events].sort((a, b) => a.seq - b.seq);
  const base: ClockState = {
    key: clock.key, label: clock.label, unit, days: clock.days, status: "not_started", startedOn: null, startedBy: null, due: null,
    remaining: null, extensions: [], pauses: [], holidays: [], makeupDays: [], provisional: false, stoppedOn: null, late: null,
  };

  let startIdx = -1;
  events.forEach((e, i) => {
    if (clock.startedBy.includes(e.action) || (startIdx >= 0 && clock.restartedBy?.includes(e.action))) startIdx = i;
  });
  const start = events[startIdx];
  if (!start) return base;
  const startedOn = beijingDate(start.createdAt);
  const label = def.actions.find((a) => a.key === start.action)?.label ?? start.action;

  // Walk the events after the start: pauses, extensions, and the stop.
  const paused = new Set(clock.pausedIn ?? []);
  const pauses: ClockPause[] = [];
  const extensions: { on: string; days: number }[] = [];
  let open: ClockPause | null = paused.has(start.toState) ? { from: startedOn, to: null, state: start.toState, notCounted: 0 } : null;
  let stoppedOn: string | null = null;
  for (const e of events.slice(startIdx + 1)) {
    const on = beijingDate(e.createdAt);
    if (clock.extendedBy && e.action === clock.extendedBy.action && extensions.length < clock.extendedBy.max) {
      extensions.push({ on, days: extensionDays(clock, rec.data) });
    }
    if (clock.stoppedBy?.includes(e.action) || def.states[e.toState]?.terminal) {
      stoppedOn = on;
      break;
    }
    if (!open && paused.has(e.toState)) open = { from: on, to: null, state: e.toState, notCounted: 0 };
    else if (open && !paused.has(e.toState)) {
      pauses.push({ ...open, to: on });
      open = null;
    }
  }
  // A stop during a pause closes the pause on the day of the stop.
  if (open && stoppedOn) {
    pauses.push({ ...open, to: stoppedOn });
    open = null;
  }
  if (open) pauses.push(open);

  // The day a pause begins still counts; the days after it up to and including the day it
  // ends do not (counting resumes the day after, as it starts the day after receipt).
  const pauseOf = (d: string) => pauses.find((p) => d > p.from && (p.to === null || d <= p.to));
  const counts = (d: string) => (unit === "calendar" ? true : isWorkday(cal, d));

  const total = clock.days + extensions.reduce((n, x) => n + x.days, 0);
  const holidays: { date: string; name: string | null }[] = [];
  const makeupDays: string[] = [];
  let provisional = false;
  let counted = 0;
  let date = startedOn;
  let pausedNow = false;
  while (counted < total) {
    date = nextDay(date);
    if (!cal.announcedYears.has(Number(date.slice(0, 4)))) provisional = true;
    const p = pauseOf(date);
    if (p) {
      if (p.to === null) {
        pausedNow = true;
        break;
      }
      if (counts(date)) p.notCounted++;
      continue;
    }
    if (counts(date)) {
      counted++;
      if (unit === "working" && isWeekend(date)) makeupDays.push(date);
    } else if (!isWeekend(date)) {
      holidays.push({ date, name: cal.exceptions.get(date)?.name ?? null });
    }
  }
  // A calendar-day period ending on a rest day ends on the next working day.
  if (!pausedNow && unit === "calendar") {
    while (!isWorkday(cal, date)) {
      date = nextDay(date);
      if (!cal.announcedYears.has(Number(date.slice(0, 4)))) provisional = true;
    }
  }
  const due = pausedNow ? null : date;
  const status: ClockStatus = stoppedOn ? "stopped" : pausedNow ? "paused" : "running";
  return {
    ...base, status, startedOn, startedBy: label, due, remaining: pausedNow ? total - counted : null, extensions, pauses,
    holidays, makeupDays, provisional, stoppedOn, late: stoppedOn && due ? stoppedOn > due : null,
  };
}

export function computeClocks(def: FormDefinition, rec: ClockInput, cal: WorkCalendar): ClockState[] {
  return (def.clocks ?? []).map((c) => computeClock(def, c, rec, cal));
}

/** Units from today to the due day (negative once overdue). */
export function daysLeft(cal: WorkCalendar, c: Pick<ClockState, "due" | "unit">, now: Date): number | null {
  if (!c.due) return null;
  const today = beijingDate(now);
  const between = (a: string, b: string) => (c.unit === "calendar" ? Math.round((Date.parse(b) - Date.parse(a)) / DAY) : workingDaysBetween(cal, a, b));
  return today <= c.due ? between(today, c.due) : -between(c.due, today);
}

/** A running clock is overdue after its due day and due soon within `dueSoon` units of it. */
export function urgencyOf(cal: WorkCalendar, c: Pick<ClockState, "due" | "unit" | "status">, now: Date, dueSoon = 3): Urgency | null {
  if (c.status !== "running" || !c.due) return null;
  const left = daysLeft(cal, c, now)!;
  if (beijingDate(now) > c.due) return "overdue";
  return left <= dueSoon ? "due_soon" : "on_track";
}

const unitWord = (c: Pick<ClockState, "unit">) => (c.unit === "calendar" ? "日" : "个工作日");

/** How the deadline was counted, in Chinese lines for the record page. */
export function explainClock(c: ClockState, stateLabel: (s: string) => string = (s) => s): string[] {
  if (c.status === "not_started") return [`${c.label}尚未开始计算。`];
  const u = unitWord(c);
  const lines = [`自 ${c.startedOn}（${c.startedBy}）次日起计 ${c.days} ${u}。`];
  for (const x of c.extensions) lines.push(`${x.on} 批准延期 ${x.days} ${u}。`);
  for (const p of c.pauses) {
    lines.push(p.to ? `${p.from} 至 ${p.to}（${stateLabel(p.state)}）期间暂停，不计 ${p.notCounted} ${u}。` : `自 ${p.from} 起暂停（${stateLabel(p.state)}），恢复计算后尚余 ${c.remaining} ${u}。`);
  }
  if (c.holidays.length) {
    const byName = new Map<string, string[]>();
    for (const h of c.holidays) byName.set(h.name ?? "节假日", [...(byName.get(h.name ?? "节假日") ?? []), h.date]);
    lines.push(`不计法定节假日：${[...byName].map(([n, ds]) => `${n} ${ds.join("、")}`).join("；")}。`);
  }
  if (c.makeupDays.length) lines.push(`计入调休上班日：${c.makeupDays.join("、")}。`);
  if (c.due) lines.push(`截止日期 ${c.due}${c.provisional ? "（计算跨入节假日安排尚未公布的年份，期限为暂定）" : ""}。`);
  if (c.stoppedOn) lines.push(`${c.stoppedOn} 办结，${c.late ? "已超过期限" : "在期限内"}。`);
  return lines;
}
