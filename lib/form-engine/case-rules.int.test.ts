import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { registerForm } from "./registry";
import { loadCalendar } from "@/lib/calendar/load";
import { addWorkingDays, beijingDate, isWorkday } from "@/lib/calendar/working-days";
import { setCalendarDay, setYearAnnounced } from "@/lib/mailbox/calendar-admin";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { dueClocks } from "./clock-list";
import { defineForm } from "./define";
import { FieldErrors } from "./errors";
import { actorOf } from "./test-actors";
import { transition } from "./transition";

// A test-only definition shaped like 依申请公开 (DESIGN §4, §9); no real definition uses
// numbering, `within`, `once` or extensions yet.
const KEY = "test-case-rules";
const BGS = [{ kind: "publisherOf" as const, sectionId: "bgs" }];
const def = defineForm({
  key: KEY, title: "测试申请", titleOf: (d) => String(d.subject || "测试申请"), signoffs: [],
  fields: [
    { key: "subject", type: "text", label: "主题" },
    { key: "extensionDays", type: "number", label: "延长工作日数" },
  ],
  numbering: { on: "register", pattern: "揭卫测〔{year}〕第{seq:4}号" },
  clocks: [{
    key: "reply", label: "答复期限", days: 20, startedBy: ["register"], restartedBy: ["supply_correction"], pausedIn: ["awaiting_correction"],
    extendedBy: { action: "approve_extension", days: 20, max: 1, daysField: "extensionDays" }, stoppedBy: ["reply"],
  }],
  states: { registered: { label: "已登记" }, awaiting_correction: { label: "待补正" }, answered: { label: "已答复", terminal: true } },
  actions: [
    { key: "register", label: "登记", from: ["new"], to: "registered", by: BGS, edits: ["subject"] },
    { key: "correction_notice", label: "补正告知", from: ["registered"], to: "awaiting_correction", by: BGS, once: true, within: { clock: "reply", workingDays: 7 } },
    { key: "supply_correction", label: "提交补正", from: ["awaiting_correction"], to: "registered", by: BGS },
    { key: "approve_extension", label: "批准延期", from: ["registered"], to: "registered", by: [{ kind: "role", role: "director" }], edits: ["extensionDays"] },
    { key: "remind", label: "催办", from: ["registered"], to: "registered", by: BGS, within: { after: "approve_extension", calendarDays: 3 } },
    { key: "reply", label: "答复", from: ["registered"], to: "answered", by: BGS },
  ],
});

beforeAll(() => {
  registerForm(def);
});
afterEach(() => {
  vi.useRealTimers();
});

const bgs = () => actorOf(db(), "bgs");
const register = async (subject = "申请") => transition(db(), await bgs(), { formKey: KEY, action: "register", data: { subject } });
async function step(username: string, recordId: string, action: string, data?: Record<string, unknown>) {
  const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return transition(db(), await actorOf(db(), username), { formKey: KEY, recordId, action, version: r.version, data });
}
const clockRow = (recordId: string) => db().recordClock.findUniqueOrThrow({ where: { recordId_clockKey: { recordId, clockKey: "reply" } } });
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
/** Pretends the clock on the wall reads `date` (Beijing noon); only Date is faked, so the pool keeps working. */
const wallClock = (date: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${date}T04:00:00Z`));
};

describe("clocks, time rules and numbers on the one transition path", () => {
  it("writes the derived clock row in the transition: running, paused during 补正, restarted, stopped", async () => {
    const cal = await loadCalendar(db());
    const today = beijingDate(new Date());
    const { recordId } = await register();
    expect(await clockRow(recordId)).toMatchObject({ formKey: KEY, status: "running" });
    expect(iso((await clockRow(recordId)).due)).toBe(addWorkingDays(cal, today, 20).due);

    await step("bgs", recordId, "correction_notice");
    expect(await clockRow(recordId)).toMatchObject({ status: "paused", due: null });
    await step("bgs", recordId, "supply_correction");
    expect(await clockRow(recordId)).toMatchObject({ status: "running" });
    await step("bgs", recordId, "reply");
    expect(await clockRow(recordId)).toMatchObject({ status: "stopped" });
  });

  it("moves every open deadline when the calendar is corrected, and flags an unannounced year", async () => {
    const { recordId } = await register();
    const cal = await loadCalendar(db());
    const today = beijingDate(new Date());
    const before = iso((await clockRow(recordId)).due)!;
    // An ordinary working day inside the period, not in the calendar table.
    let day = today;
    do day = addWorkingDays(cal, day, 1).due;
    while (cal.exceptions.has(day));
    const admin = await actorOf(db(), "sysadmin");
    await setCalendarDay(db(), admin, { date: day, kind: "holiday", name: "更正测试" });
    try {
      const moved = addWorkingDays(await loadCalendar(db()), today, 20).due;
      expect(moved > before).toBe(true);
      expect(iso((await clockRow(recordId)).due)).toBe(moved);
    } finally {
      await setCalendarDay(db(), admin, { date: day, kind: "default", name: "" });
    }
    expect(iso((await clockRow(recordId)).due)).toBe(before);

    const year = before.slice(0, 4);
    await setYearAnnounced(db(), admin, { year, announced: false });
    try {
      expect((await clockRow(recordId)).provisional).toBe(true);
    } finally {
      await setYearAnnounced(db(), admin, { year, announced: true });
    }
    expect((await clockRow(recordId)).provisional).toBe(false);
  });

  it("lists overdue and due-soon cases in the database for those who must act, and no one else", async () => {
    const { recordId } = await register(`期限列表 ${Math.random().toString(36).slice(2, 8)}`);
    const due = iso((await clockRow(recordId)).due)!;
    const rowFor = async (u: string, now: Date) => (await dueClocks(db(), await actorOf(db(), u), now)).find((r) => r.recordId === recordId);
    expect(await rowFor("bgs", new Date())).toBeUndefined(); // 20 working days left: neither
    expect(await rowFor("bgs", new Date(`${due}T02:00:00Z`))).toMatchObject({ urgency: "due_soon", mine: true, formTitle: "测试申请", clockLabel: "答复期限", due });
    const after = new Date(Date.parse(`${due}T02:00:00Z`) + 86_400_000);
    expect(await rowFor("bgs", after)).toMatchObject({ urgency: "overdue", registrationNumber: expect.stringMatching(/^揭卫测〔\d{4}〕第\d{4}号$/) });
    // The director may take a step (批准延期), so it is on his list too; others have nothing to do with it.
    expect(await rowFor("jz", after)).toMatchObject({ urgency: "overdue", mine: true });
    for (const u of ["yzk", "bgs-kz", "xxtjk", "auditor"]) expect(await rowFor(u, after)).toBeUndefined();
    // Answered: off the list.
    await step("bgs", recordId, "reply");
    expect(await rowFor("bgs", after)).toBeUndefined();
  });

  it("refuses 补正告知 after 7 working days of receipt, and a second 补正告知", async () => {
    const { recordId } = await register();
    const cal = await loadCalendar(db());
    const registered = beijingDate((await db().formEvent.findFirstOrThrow({ where: { recordId } })).createdAt);
    const last = addWorkingDays(cal, registered, 7).due;
    let late = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    while (!isWorkday(cal, late)) late = new Date(Date.parse(`${late}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    wallClock(late);
    const tooLate = await refusal(step("bgs", recordId, "correction_notice"));
    expect(tooLate.code).toBe("too_late");
    expect(tooLate.userMessage).toBe(`“补正告知”应在“登记”（${registered}）后7个工作日内办理，期限已于 ${last} 届满，不能再“补正告知”。`);
    wallClock(last); // the last day is still in time
    await step("bgs", recordId, "correction_notice");
    vi.useRealTimers();
    await step("bgs", recordId, "supply_correction");
    const again = await refusal(step("bgs", recordId, "correction_notice"));
    expect(again.code).toBe("once");
    expect(again.userMessage).toContain("每件只能“补正告知”一次");
    expect(await db().formEvent.count({ where: { recordId, action: "correction_notice" } })).toBe(1);
  });

  it("allows one extension of at most 20 working days, approved by the director only", async () => {
    const { recordId } = await register();
    const before = iso((await clockRow(recordId)).due)!;
    expect((await refusal(step("bgs", recordId, "approve_extension", { extensionDays: "10" }))).code).toBe("forbidden");
    await expect(step("jz", recordId, "approve_extension", { extensionDays: "21" })).rejects.toBeInstanceOf(FieldErrors);
    // A guarded "after" rule: 催办 needs an extension first.
    expect((await refusal(step("bgs", recordId, "remind"))).userMessage).toBe("须在“批准延期”之后才能“催办”。");
    await step("jz", recordId, "approve_extension", { extensionDays: "10" });
    const extended = iso((await clockRow(recordId)).due)!;
    expect(extended).toBe(addWorkingDays(await loadCalendar(db()), before, 10).due);
    const second = await refusal(step("jz", recordId, "approve_extension", { extensionDays: "5" }));
    expect(second.code).toBe("extension_limit");
    expect(iso((await clockRow(recordId)).due)).toBe(extended);
    await step("bgs", recordId, "remind");
    // Within 3 calendar days of the extension, not after.
    wallClock(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10));
    expect((await refusal(step("bgs", recordId, "remind"))).code).toBe("too_late");
  });

  it("gives 50 cases registered at once 50 distinct consecutive numbers", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => register(`并发 ${i}`)));
    const numbers = await db().formRecord.findMany({ where: { id: { in: results.map((r) => r.recordId) } }, select: { registrationNumber: true } });
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const seqs = numbers.map((n) => {
      const m = /^揭卫测〔(\d{4})〕第(\d{4})号$/.exec(n.registrationNumber ?? "");
      expect(m?.[1]).toBe(String(year));
      return Number(m?.[2]);
    }).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(50);
    expect(seqs.at(-1)! - seqs[0]!).toBe(49);
    const counter = await db().recordNumberCounter.findUniqueOrThrow({ where: { formKey_year: { formKey: KEY, year } } });
    expect(counter.last).toBe(seqs.at(-1));
  });
});
