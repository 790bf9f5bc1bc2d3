// Statistics periods (Art. 19) in Beijing time: a year "2026" and its quarters "2026-Q1".."2026-Q4".
import { beijingDate } from "@/lib/calendar/working-days";

export function quarterOf(at: Date): string {
  const d = beijingDate(at);
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
}

export function yearOf(at: Date): string {
  return beijingDate(at).slice(0, 4);
}

/** Both periods a moment counts towards. */
export function periodsOf(at: Date): [string, string] {
  return [yearOf(at), quarterOf(at)];
}

export function periodLabel(p: string): string {
  const [y, q] = p.split("-Q");
  return q ? `${y}年第${q}季度` : `${y}年`;
}

/** The period asked for if it is a valid year or quarter, else the current quarter. */
export function selectedPeriod(asked: string | null | undefined, now = new Date()): string {
  return asked && /^\d{4}(-Q[1-4])?$/.test(asked) ? asked : quarterOf(now);
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The period's start (inclusive) and end (exclusive) as instants: Beijing midnights. */
export function periodBounds(p: string): { start: Date; end: Date } {
  const [y, q] = p.split("-Q").map(Number) as [number, number | undefined];
  const firstMonth = q ? (q - 1) * 3 : 0;
  const months = q ? 3 : 12;
  return {
    start: new Date(Date.UTC(y, firstMonth, 1) - BEIJING_OFFSET_MS),
    end: new Date(Date.UTC(y, firstMonth + months, 1) - BEIJING_OFFSET_MS),
  };
}


/** The quarter before the one `now` falls in: the quarter a 考核 is usually approved for. */
export function previousQuarter(now = new Date()): string {
  return quarterOf(new Date(periodBounds(quarterOf(now)).start.getTime() - 1));
}

/** The quarter asked for if valid, else the last finished quarter. */
export function selectedQuarter(asked: string | null | undefined, now = new Date()): string {
  return asked && /^\d{4}-Q[1-4]$/.test(asked) ? asked : previousQuarter(now);
}
