// What a letter's events say: when it was received, forwarded and answered, by whom, and its
// 15-working-day deadline (Art. 15), counted from 转办, or from receipt for a direct answer.
import type { EventLike } from "@/lib/form-engine/records";
import type { FormData } from "@/lib/form-engine/types";
import { addWorkingDays, beijingDate, explainDeadline, workingDaysBetween, type WorkCalendar } from "@/lib/calendar/working-days";
import { computeClock } from "@/lib/form-engine/clocks";
import { mailboxLetter } from "@/forms/mailbox-letter";

/** The reply clock declared on the definition: the one rule for a letter's deadline. */
const REPLY_CLOCK = mailboxLetter.clocks![0]!;
export const ANSWER_WORKING_DAYS = REPLY_CLOCK.days;
export const DUE_SOON_WORKING_DAYS = REPLY_CLOCK.dueSoon ?? 3;
export const OPEN_STATES = ["received", "handling", "review"];
export const ANSWERED_STATES = ["answered", "published"];

export interface LetterDeadline {
  start: string;
  due: string;
  provisional: boolean;
  explanation: string;
  /** From 转办 or from receipt. */
  from: "forward" | "receipt";
}

export interface LetterFacts {
  receivedAt: Date;
  forwardedAt: Date | null;
  /** When the reply was approved (答复日期). */
  answeredAt: Date | null;
  deadline: LetterDeadline;
}

const last = (events: EventLike[], action: string) => [...events].sort((a, b) => b.seq - a.seq).find((e) => e.action === action) ?? null;

export function letterFacts(cal: WorkCalendar, events: EventLike[]): LetterFacts {
  const receivedAt = last(events, "submit")?.createdAt ?? events[0]?.createdAt ?? new Date();
  const forwardedAt = last(events, "forward")?.createdAt ?? null;
  const answeredAt = last(events, "approve")?.createdAt ?? null;
  const clock = computeClock(mailboxLetter, REPLY_CLOCK, { state: "", data: {}, events }, cal);
  const start = clock.startedOn ?? beijingDate(forwardedAt ?? receivedAt);
  const counted = addWorkingDays(cal, start, ANSWER_WORKING_DAYS);
  const d = { ...counted, due: clock.due ?? counted.due, provisional: clock.provisional || counted.provisional };
  const explanation = `${forwardedAt ? "自转办之日" : "自收信之日"}${explainDeadline(start, ANSWER_WORKING_DAYS, d)}`;
  return { receivedAt, forwardedAt, answeredAt, deadline: { start, due: d.due, provisional: d.provisional, explanation, from: forwardedAt ? "forward" : "receipt" } };
}

export type Urgency = "overdue" | "due_soon" | "on_track";

/** For an open letter: overdue after its due day, due soon within 3 working days of it. */
export function urgencyOf(cal: WorkCalendar, due: string, now: Date): Urgency {
  const today = beijingDate(now);
  if (today > due) return "overdue";
  return workingDaysBetween(cal, today, due) <= DUE_SOON_WORKING_DAYS ? "due_soon" : "on_track";
}

/** The department that answered: the handler a letter was forwarded to, or the office. */
export function answeringDept(data: FormData, sectionName: (id: string) => string | undefined): string {
  const h = typeof data.handler === "string" && data.handler ? sectionName(data.handler) : undefined;
  return h ?? "局办公室";
}
