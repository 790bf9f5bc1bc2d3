// Working days in mainland China: Monday–Friday, except statutory holidays, plus the 调休
// Saturdays and Sundays that are declared working days. The calendar table holds both kinds
// of exception; a date that is not in it follows the weekday rule.
import { beijingDate } from "@/lib/time/beijing";

export interface WorkCalendar {
  /** "YYYY-MM-DD" → isWorkday, for holidays and make-up working days. */
  exceptions: ReadonlyMap<string, { isWorkday: boolean; name?: string | null }>;
  /** Years whose holiday schedule has been announced. */
  announcedYears: ReadonlySet<number>;
}

export interface Deadline {
  /** The last working day, as "YYYY-MM-DD" (Beijing date). */
  due: string;
  /** True when the count ran through a year whose holidays are not announced yet. */
  provisional: boolean;
  /** Non-working weekdays skipped and weekend days counted, for the explanation shown to staff. */
  skippedHolidays: string[];
  countedMakeupDays: string[];
}

const DAY = 86_400_000;

/** The Beijing calendar date of an instant (lib/time/beijing.ts, re-exported for the calendar's callers). */
export { beijingDate };

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

export function isWorkday(cal: WorkCalendar, date: string): boolean {
  const exception = cal.exceptions.get(date);
  return exception ? exception.isWorkday : !isWeekend(date);
}

/**
 * The deadline `n` working days after `start`: the day of receipt itself is not counted
 * (the count starts the next day), as with 15 个工作日内答复.
 */
export function addWorkingDays(cal: WorkCalendar, start: Date | string, n: number): Deadline {
  let date = typeof start === "string" ? start : beijingDate(start);
  let counted = 0;
  let provisional = false;
  const skippedHolidays: string[] = [];
  const countedMakeupDays: string[] = [];
  while (counted < n) {
    date = addDays(date, 1);
    if (!cal.announcedYears.has(Number(date.slice(0, 4)))) provisional = true;
    if (isWorkday(cal, date)) {
      counted++;
      if (isWeekend(date)) countedMakeupDays.push(date);
    } else if (!isWeekend(date)) {
      skippedHolidays.push(date);
    }
  }
  return { due: date, provisional, skippedHolidays, countedMakeupDays };
}

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`. */
export function workingDaysBetween(cal: WorkCalendar, from: Date | string, to: Date | string): number {
  const end = typeof to === "string" ? to : beijingDate(to);
  let date = typeof from === "string" ? from : beijingDate(from);
  let n = 0;
  while (date < end) {
    date = addDays(date, 1);
    if (isWorkday(cal, date)) n++;
  }
  return n;
}

/** A short Chinese explanation of how a deadline was counted. */
export function explainDeadline(start: string, n: number, d: Deadline): string {
  const parts = [`自 ${start} 起计 ${n} 个工作日，截止 ${d.due}`];
  if (d.skippedHolidays.length) parts.push(`已扣除法定节假日 ${d.skippedHolidays.length} 天`);
  if (d.countedMakeupDays.length) parts.push(`含调休上班日 ${d.countedMakeupDays.join("、")}`);
  if (d.provisional) parts.push("（跨入节假日安排尚未公布的年份，期限为暂定）");
  return parts.join("，");
}
