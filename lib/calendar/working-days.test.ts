import { describe, expect, it } from "vitest";
import { calendarSeed } from "@/prisma/seed/calendar";
import { addWorkingDays, beijingDate, explainDeadline, isWorkday, workingDaysBetween, type WorkCalendar } from "./working-days";

// The calendar exactly as the seed loads it from chinese-days.
const { days, years } = calendarSeed();
const cal: WorkCalendar = {
  exceptions: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), { isWorkday: d.isWorkday, name: d.name }])),
  announcedYears: new Set(years),
};

describe("working days", () => {
  it("skips the National Day 2026 holiday", () => {
    // Received Wednesday 2026-09-30. Counted by hand from the State Council schedule: 10-01..10-07
    // off; 10-08 Thu (1), 10-09 Fri (2), 10-10 调休 Sat (3), 10-12..16 (4-8), 10-19..23 (9-13), 10-26 (14), 10-27 (15).
    const d = addWorkingDays(cal, "2026-09-30", 15);
    expect(isWorkday(cal, "2026-10-01")).toBe(false);
    expect(isWorkday(cal, "2026-10-07")).toBe(false);
    expect(d.skippedHolidays).toEqual(expect.arrayContaining(["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]));
    expect(d.due).toBe("2026-10-27");
    expect(workingDaysBetween(cal, "2026-09-30", d.due)).toBe(15);
    expect(d.provisional).toBe(false);
  });

  it("counts a 调休 Saturday as a working day", () => {
    expect(new Date("2026-10-10T00:00:00Z").getUTCDay()).toBe(6);
    expect(isWorkday(cal, "2026-10-10")).toBe(true);
    const d = addWorkingDays(cal, "2026-10-09", 1);
    expect(d.due).toBe("2026-10-10");
    expect(d.countedMakeupDays).toEqual(["2026-10-10"]);
  });

  it("treats an ordinary week as five working days", () => {
    expect(addWorkingDays(cal, "2026-11-02", 5).due).toBe("2026-11-09");
    expect(addWorkingDays(cal, "2026-11-02", 15).due).toBe("2026-11-23");
  });

  it("marks a deadline that crosses into an unannounced year as provisional", () => {
    const last = Math.max(...years);
    const d = addWorkingDays(cal, `${last}-12-24`, 15);
    expect(d.due.startsWith(String(last + 1))).toBe(true);
    expect(d.provisional).toBe(true);
    expect(explainDeadline(`${last}-12-24`, 15, d)).toContain("暂定");
    expect(addWorkingDays(cal, `${last}-11-02`, 5).provisional).toBe(false);
  });

  it("uses the Beijing date of an instant", () => {
    expect(beijingDate(new Date("2026-09-30T17:00:00Z"))).toBe("2026-10-01");
  });
});
