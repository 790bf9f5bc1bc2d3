// Art. 15's 15 working days on a letter returned to 局办公室 and forwarded again (README, 领导信箱).
import { describe, expect, it } from "vitest";
import { calendarSeed } from "@/prisma/seed/calendar";
import type { WorkCalendar } from "@/lib/calendar/working-days";
import { computeClock } from "@/lib/form-engine/clocks";
import type { EventLike } from "@/lib/form-engine/records";
import { mailboxLetter } from "@/forms/mailbox-letter";

const { days, years } = calendarSeed();
const cal: WorkCalendar = {
  exceptions: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), { isWorkday: d.isWorkday, name: d.name }])),
  announcedYears: new Set(years),
};
const REPLY = mailboxLetter.clocks!.find((c) => c.key === "reply")!;

let seq = 0;
const ev = (action: string, toState: string, date: string): EventLike => ({
  seq: ++seq, action, fromState: null, toState, actorName: "测试", opinion: null, createdAt: new Date(`${date}T02:00:00Z`), detail: null,
});
const clockOf = (events: EventLike[]) => computeClock(mailboxLetter, REPLY, { state: events.at(-1)!.toState, data: {}, events }, cal);

describe("the reply clock of a returned letter", () => {
  const received = ev("submit", "received", "2026-11-02");
  const forwarded = ev("forward", "handling", "2026-11-03");
  const returned = ev("return_to_office", "received", "2026-11-20");

  it("keeps running from the first 转办 while the letter is back at the office", () => {
    // 15 working days after Tue 2026-11-03: 11-04..06, 09..13, 16..20, 23, 24.
    const c = clockOf([received, forwarded, returned]);
    expect(c).toMatchObject({ status: "running", startedBy: "转办", startedOn: "2026-11-03", due: "2026-11-24" });
  });

  it("starts a full 15 working days again on the new 转办", () => {
    // From Mon 2026-11-23: 11-24..27, 30, 12-01..04, 07..11, 14.
    const c = clockOf([received, forwarded, returned, ev("forward", "handling", "2026-11-23")]);
    expect(c).toMatchObject({ status: "running", startedBy: "转办", startedOn: "2026-11-23", due: "2026-12-14" });
  });
});
