import { describe, expect, it } from "vitest";
import { calendarSeed } from "@/prisma/seed/calendar";
import type { WorkCalendar } from "@/lib/calendar/working-days";
import type { EventLike } from "@/lib/form-engine/records";
import { letterFacts, urgencyOf } from "./letters";

const { days, years } = calendarSeed();
const cal: WorkCalendar = {
  exceptions: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), { isWorkday: d.isWorkday, name: d.name }])),
  announcedYears: new Set(years),
};
const ev = (seq: number, action: string, at: string): EventLike => ({ seq, action, fromState: null, toState: "", actorName: "", opinion: null, createdAt: new Date(at), detail: null });

describe("a letter's deadline (hand-counted for 2026)", () => {
  it("runs 15 working days from receipt across National Day, counting the 调休 Saturday", () => {
    // Received 2026-09-30 10:00 Beijing. Oct 1–7 are holidays; Sat 10-10 is a working day.
    const f = letterFacts(cal, [ev(1, "submit", "2026-09-30T02:00:00Z")]);
    expect(f.deadline).toMatchObject({ start: "2026-09-30", due: "2026-10-27", provisional: false, from: "receipt" });
    expect(f.deadline.explanation).toMatch(/^自收信之日.*已扣除法定节假日.*含调休上班日 2026-10-10/);
  });

  it("restarts from 转办, in Beijing time", () => {
    // 2026-11-01 17:00 UTC is 11-02 01:00 in Beijing: the count starts from Monday 11-02.
    const f = letterFacts(cal, [ev(1, "submit", "2026-10-28T02:00:00Z"), ev(2, "forward", "2026-11-01T17:00:00Z")]);
    expect(f.deadline).toMatchObject({ start: "2026-11-02", due: "2026-11-23", from: "forward" });
    expect(f.deadline.explanation).toMatch(/^自转办之日/);
  });

  it("is due soon within 3 working days, overdue the day after", () => {
    expect(urgencyOf(cal, "2026-11-23", new Date("2026-11-17T02:00:00Z"))).toBe("on_track"); // 4 working days left
    expect(urgencyOf(cal, "2026-11-23", new Date("2026-11-18T02:00:00Z"))).toBe("due_soon");
    expect(urgencyOf(cal, "2026-11-23", new Date("2026-11-23T15:00:00Z"))).toBe("due_soon"); // 23:00 Beijing, still the due day
    expect(urgencyOf(cal, "2026-11-23", new Date("2026-11-23T16:00:00Z"))).toBe("overdue");
  });
});
