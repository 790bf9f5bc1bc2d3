// "Today in Beijing" and the other Beijing calendar-day rules, written once. The bureau works
// on China Standard Time (UTC+8, no daylight saving), so a calendar day is a fixed 8-hour shift.
const OFFSET_MS = 8 * 3600_000;

/** The Beijing calendar date of an instant, as "YYYY-MM-DD". */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in Beijing, as "YYYY-MM-DD". */
export function todayInBeijing(now: Date = new Date()): string {
  return beijingDate(now);
}

/** The instant a Beijing calendar day ("YYYY-MM-DD") starts. */
export function beijingDayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000+08:00`);
}

/** The last millisecond of a Beijing calendar day. */
export function beijingDayEnd(date: string): Date {
  return new Date(beijingDayStart(date).getTime() + 86_400_000 - 1);
}
