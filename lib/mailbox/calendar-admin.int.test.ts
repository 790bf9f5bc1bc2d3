import { describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { loadCalendar } from "@/lib/calendar/load";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { actorOf } from "@/lib/form-engine/test-actors";
import { setCalendarDay, setYearAnnounced } from "./calendar-admin";

describe("calendar corrections", () => {
  it("an administrator's correction moves a deadline at once; others are refused; each change is audited", async () => {
    const admin = await actorOf(db(), "sysadmin");
    // 2030: a year far enough ahead that no other test counts through it.
    const before = addWorkingDays(await loadCalendar(db()), "2030-03-01", 5);
    await setCalendarDay(db(), admin, { date: "2030-03-04", kind: "holiday", name: "更正测试" });
    expect(addWorkingDays(await loadCalendar(db()), "2030-03-01", 5).due > before.due).toBe(true);
    await setCalendarDay(db(), admin, { date: "2030-03-04", kind: "default", name: "" });
    expect(addWorkingDays(await loadCalendar(db()), "2030-03-01", 5).due).toBe(before.due);

    await setYearAnnounced(db(), admin, { year: "2030", announced: true });
    expect(addWorkingDays(await loadCalendar(db()), "2030-03-01", 5).provisional).toBe(false);
    await setYearAnnounced(db(), admin, { year: "2030", announced: false });
    expect(addWorkingDays(await loadCalendar(db()), "2030-03-01", 5).provisional).toBe(true);

    for (const u of ["bgs", "bgs-kz", "auditor"]) {
      await expect(setCalendarDay(db(), await actorOf(db(), u), { date: "2030-03-05", kind: "holiday", name: "" })).rejects.toThrow(/没有执行此操作的权限/);
    }
    await expect(setCalendarDay(db(), admin, { date: "2030-02-30", kind: "holiday", name: "" })).rejects.toThrow(/有效日期/);
    expect(await db().auditEvent.count({ where: { action: { in: ["calendar.day", "calendar.year"] }, objectId: { in: ["2030-03-04", "2030"] } } })).toBe(4);
  });
});
