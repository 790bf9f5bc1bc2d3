import { describe, expect, it } from "vitest";
import { calendarSeed } from "@/prisma/seed/calendar";
import type { WorkCalendar } from "@/lib/calendar/working-days";
import { computeClock, daysLeft, explainClock, urgencyOf } from "./clocks";
import { defineForm } from "./define";
import type { EventLike } from "./records";
import type { ClockDef } from "./types";

// The calendar exactly as the seed loads it from chinese-days.
const { days, years } = calendarSeed();
const seeded = (): WorkCalendar => ({
  exceptions: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), { isWorkday: d.isWorkday, name: d.name }])),
  announcedYears: new Set(years),
});
const cal = seeded();

// A test-only definition shaped like 依申请公开 (DESIGN §4): 20 working days from 登记,
// restarted by 提交补正, paused while a third party is consulted, one extension of 20.
const REPLY: ClockDef = {
  key: "reply", label: "答复期限", days: 20, startedBy: ["register"], restartedBy: ["supply_correction"],
  pausedIn: ["awaiting_correction", "third_party"], extendedBy: { action: "approve_extension", days: 20, max: 1 }, stoppedBy: ["reply"],
};
const staff = [{ kind: "publisherOf" as const, sectionId: "bgs" }];
const def = defineForm({
  key: "clock-test", title: "期限测试", titleOf: () => "期限测试", signoffs: [],
  fields: [{ key: "subject", type: "text", label: "主题" }],
  states: { registered: { label: "已登记" }, awaiting_correction: { label: "待补正" }, third_party: { label: "征求第三方意见" }, answered: { label: "已答复", terminal: true } },
  actions: [
    { key: "register", label: "登记", from: ["new"], to: "registered", by: staff },
    { key: "correction_notice", label: "补正告知", from: ["registered"], to: "awaiting_correction", by: staff },
    { key: "supply_correction", label: "提交补正", from: ["awaiting_correction"], to: "registered", by: staff },
    { key: "consult", label: "征求第三方意见", from: ["registered"], to: "third_party", by: staff },
    { key: "consulted", label: "第三方意见已到", from: ["third_party"], to: "registered", by: staff },
    { key: "approve_extension", label: "批准延期", from: ["registered"], to: "registered", by: staff },
    { key: "reply", label: "答复", from: ["registered"], to: "answered", by: staff },
  ],
  clocks: [REPLY],
});

let seq = 0;
const ev = (action: string, toState: string, date: string): EventLike => ({
  seq: ++seq, action, fromState: null, toState, actorName: "测试", opinion: null, createdAt: new Date(`${date}T02:00:00Z`), detail: null,
});
const clockOf = (events: EventLike[], state = events.at(-1)!.toState, c: WorkCalendar = cal) => computeClock(def, REPLY, { state, data: {}, events }, c);

describe("statutory clocks", () => {
  it("counts across National Day 2026 as a person would by hand", () => {
    // 登记 Monday 2026-09-28. Counting starts the next day: 09-29 (1), 09-30 (2); 10-01..10-07
    // 国庆节 off; 10-08 Thu (3), 10-09 Fri (4), 10-10 调休 Saturday (5), 10-12..16 (6-10),
    // 10-19..23 (11-15), 10-26..30 (16-20).
    const c = clockOf([ev("register", "registered", "2026-09-28")]);
    expect(c).toMatchObject({ status: "running", startedOn: "2026-09-28", due: "2026-10-30", provisional: false });
    expect(c.holidays.map((h) => h.date)).toEqual(["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]);
    expect(c.holidays[0]?.name).toBe("国庆节");
    expect(c.makeupDays).toEqual(["2026-10-10"]);
    const text = explainClock(c).join("");
    expect(text).toContain("国庆节 2026-10-01");
    expect(text).toContain("计入调休上班日：2026-10-10");
  });

  it("is not started before its starting action", () => {
    expect(computeClock(def, REPLY, { state: "registered", data: {}, events: [] }, cal).status).toBe("not_started");
  });

  it("pauses during 补正 and starts 20 days again from 提交补正", () => {
    const register = ev("register", "registered", "2026-11-02");
    const notice = ev("correction_notice", "awaiting_correction", "2026-11-04");
    // Paused on Wed 11-04: 11-03 and 11-04 were counted, 18 remain; no due date while waiting.
    expect(clockOf([register, notice])).toMatchObject({ status: "paused", due: null, remaining: 18 });
    expect(explainClock(clockOf([register, notice])).join("")).toContain("恢复计算后尚余 18 个工作日");
    // Supplied on Tue 11-10: a fresh 20 from 11-11: 11-11..13 (3), 16-20 (8), 23-27 (13), 11-30..12-04 (18), 12-07, 12-08.
    const c = clockOf([register, notice, ev("supply_correction", "registered", "2026-11-10")]);
    expect(c).toMatchObject({ status: "running", startedOn: "2026-11-10", startedBy: "提交补正", due: "2026-12-08" });
  });

  it("does not count the days a third party is consulted", () => {
    const register = ev("register", "registered", "2026-11-02");
    // Without a pause: 11-03..06 (4), 9-13 (9), 16-20 (14), 23-27 (19), 11-30 (20).
    expect(clockOf([register]).due).toBe("2026-11-30");
    // Paused Wed 11-04 to Mon 11-09: 11-05, 11-06 and 11-09 are not counted, so three days later.
    const c = clockOf([register, ev("consult", "third_party", "2026-11-04"), ev("consulted", "registered", "2026-11-09")]);
    expect(c.pauses).toEqual([{ from: "2026-11-04", to: "2026-11-09", state: "third_party", notCounted: 3 }]);
    expect(c.due).toBe("2026-12-03");
    expect(explainClock(c, (s) => def.states[s]?.label ?? s).join("")).toContain("2026-11-04 至 2026-11-09（征求第三方意见）期间暂停，不计 3 个工作日");
  });

  it("adds an approved extension, at most as many times as declared", () => {
    const register = ev("register", "registered", "2026-11-02");
    const once = clockOf([register, ev("approve_extension", "registered", "2026-11-20")]);
    // 11-30 + 20: 12-01..04 (4), 7-11 (9), 14-18 (14), 21-25 (19), 12-28 (20).
    expect(once).toMatchObject({ due: "2026-12-28", extensions: [{ on: "2026-11-20", days: 20 }] });
    const twice = clockOf([register, ev("approve_extension", "registered", "2026-11-20"), ev("approve_extension", "registered", "2026-11-27")]);
    expect(twice.due).toBe("2026-12-28");
  });

  it("moves the deadline when the calendar is corrected", () => {
    const events = [ev("register", "registered", "2026-11-02")];
    const corrected = seeded();
    (corrected.exceptions as Map<string, { isWorkday: boolean; name?: string | null }>).set("2026-11-05", { isWorkday: false, name: "更正" });
    const c = clockOf(events, "registered", corrected);
    expect(c.due).toBe("2026-12-01");
    expect(c.holidays).toEqual([{ date: "2026-11-05", name: "更正" }]);
    (corrected.exceptions as Map<string, { isWorkday: boolean; name?: string | null }>).set("2026-11-07", { isWorkday: true, name: "调休" });
    expect(clockOf(events, "registered", corrected).due).toBe("2026-11-30");
  });

  it("flags a deadline in a year whose holidays are not announced as provisional", () => {
    const last = Math.max(...years);
    const late = clockOf([ev("register", "registered", `${last}-12-20`)]);
    expect(late.due!.startsWith(String(last + 1))).toBe(true);
    expect(late.provisional).toBe(true);
    expect(explainClock(late).join("")).toContain("暂定");
    expect(clockOf([ev("register", "registered", `${last}-10-20`)]).provisional).toBe(false);
    // Un-announcing the current year makes even a short deadline in it provisional.
    const unannounced = seeded();
    (unannounced.announcedYears as Set<number>).delete(2026);
    expect(clockOf([ev("register", "registered", "2026-11-02")], "registered", unannounced).provisional).toBe(true);
  });

  it("stops on the stopping action and says whether it was in time", () => {
    const c = clockOf([ev("register", "registered", "2026-11-02"), ev("reply", "answered", "2026-12-01")]);
    expect(c).toMatchObject({ status: "stopped", stoppedOn: "2026-12-01", due: "2026-11-30", late: true });
    expect(urgencyOf(cal, c, new Date("2026-12-05T02:00:00Z"))).toBeNull();
  });

  it("counts days left, due soon and overdue in working days", () => {
    const c = clockOf([ev("register", "registered", "2026-11-02")]); // due Mon 11-30
    expect(daysLeft(cal, c, new Date("2026-11-24T02:00:00Z"))).toBe(4);
    expect(urgencyOf(cal, c, new Date("2026-11-24T02:00:00Z"))).toBe("on_track");
    expect(urgencyOf(cal, c, new Date("2026-11-25T02:00:00Z"))).toBe("due_soon");
    expect(urgencyOf(cal, c, new Date("2026-11-30T15:59:00Z"))).toBe("due_soon"); // 23:59 in Beijing
    expect(urgencyOf(cal, c, new Date("2026-11-30T16:00:00Z"))).toBe("overdue");
    expect(daysLeft(cal, c, new Date("2026-12-02T02:00:00Z"))).toBe(-2);
  });

  it("ends a calendar-day period that falls on a holiday on the next working day", () => {
    const calendarClock: ClockDef = { key: "c", label: "期限", unit: "calendar", days: 3, startedBy: ["register"] };
    // 09-28 + 3 days = 10-01 (国庆节): the period ends on the first working day after, 10-08.
    const c = computeClock(def, calendarClock, { state: "registered", data: {}, events: [ev("register", "registered", "2026-09-28")] }, cal);
    expect(c.due).toBe("2026-10-08");
  });
});
