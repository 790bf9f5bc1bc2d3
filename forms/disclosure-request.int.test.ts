// 依申请公开 (issue 12, the case) on real PostgreSQL: the application through the public entry,
// every step through the one transition, the deadline read from the derived clock row that the
// transition writes from the events and the calendar table. Dates are counted by hand here.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { citizenAct, lookUpCase } from "@/lib/form-engine/public/lookup";
import { notMatched } from "@/lib/form-engine/public/messages";
import type { PublicDefinition } from "@/lib/form-engine/public/registry";
import { startPublicCase } from "@/lib/form-engine/public/start";
import { FieldErrors } from "@/lib/form-engine/errors";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { apply as kitApply, client, disclosureDef, person, solved, stateOf, step, wallClock } from "./disclosure-request.test-kit";

let def: PublicDefinition;
beforeAll(() => {
  def = disclosureDef();
});
afterEach(() => {
  vi.useRealTimers();
});

const apply = (data?: Record<string, string>) => kitApply(def, data);
/** Someone outside the case: refused, or not even told it exists. */
const NOT_YOURS = ["forbidden", "not_found"];
const clock = (recordId: string) => db().recordClock.findUniqueOrThrow({ where: { recordId_clockKey: { recordId, clockKey: "reply" } } });
const due = async (recordId: string) => (await clock(recordId)).due?.toISOString().slice(0, 10) ?? null;

/** Applied and registered on Monday 2026-09-28, the last working day before National Day but one. */
async function registeredBeforeNationalDay() {
  wallClock("2026-09-28");
  const c = await apply();
  expect(await stateOf(c.id)).toBe("received");
  await step("bgs", c.id, "register");
  return c;
}

describe("依申请公开: the application", () => {
  it("is opened signed out with the applicant's identity required by type, and registered with a number by bgs only", async () => {
    const org = person({ applicantType: "org", name: "某某律师事务所", orgKind: "legal", creditCode: "", idType: "", idNumber: "" });
    const missing = await startPublicCase(db(), def, { data: org, idempotencyKey: randomUUID(), honeypot: "", client: client(), ...solved() }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(FieldErrors);
    expect(Object.keys((missing as FieldErrors).fields)).toEqual(["creditCode"]);
    const c = await apply({ ...org, creditCode: "91445200MA4UXXXX1Q".replace(/X/g, "7") });
    const stored = await db().formRecord.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.data).toMatchObject({ applicantType: "org", orgKind: "legal" });
    expect((stored.data as Record<string, unknown>).idNumber ?? "").toBe(""); // hidden for an organisation: stripped

    expect(NOT_YOURS).toContain((await refusal(step("yzk", c.id, "register"))).code);
    expect((await refusal(step("bgs-kz", c.id, "register"))).code).toBe("forbidden");
    await step("bgs", c.id, "register");
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: c.id } })).registrationNumber).toMatch(new RegExp(`^揭卫依申〔${year}〕第\\d{4}号$`));
    expect(await clock(c.id)).toMatchObject({ status: "running" });
  });

  it("is due 2026-10-30 when registered on 2026-09-28, across National Day", async () => {
    // Counting starts the day after 登记: 09-29 (1), 09-30 (2); 10-01..10-07 国庆节 off;
    // 10-08 (3), 10-09 (4), 10-10 调休 Saturday (5), 10-12..16 (6-10), 10-19..23 (11-15), 10-26..30 (16-20).
    const c = await registeredBeforeNationalDay();
    expect(await due(c.id)).toBe("2026-10-30");
  });
});

describe("依申请公开: 补正", () => {
  it("is refused on the 8th working day after receipt, allowed on the 7th, and only once", async () => {
    // 7 working days after 09-28: 09-29, 09-30, 10-08, 10-09, 10-10 (调休), 10-12, 10-13. Day 8: 10-14.
    const c = await registeredBeforeNationalDay();
    wallClock("2026-10-14");
    const late = await refusal(step("bgs", c.id, "correction_notice", { correctionItems: "请写明文号", correctionDue: "2026-10-28" }));
    expect(late.code).toBe("too_late");
    expect(late.userMessage).toBe("“补正告知”应在“登记”（2026-09-28）后7个工作日内办理，期限已于 2026-10-13 届满，不能再“补正告知”。");
    wallClock("2026-10-13");
    await expect(step("bgs", c.id, "correction_notice", { correctionItems: "", correctionDue: "2026-10-28" })).rejects.toBeInstanceOf(FieldErrors);
    await expect(step("bgs", c.id, "correction_notice", { correctionItems: "请写明文号", correctionDue: "2026-10-13" })).rejects.toBeInstanceOf(FieldErrors);
    await step("bgs", c.id, "correction_notice", { correctionItems: "请写明文号", correctionDue: "2026-10-28" });
    expect(await stateOf(c.id)).toBe("awaiting_correction");
    const v = (await db().formRecord.findUniqueOrThrow({ where: { id: c.id } })).version;
    await citizenAct(db(), def, { code: c.code, factor: c.factor, client: client(), action: "supply_correction", version: v, data: { correction: "文号为揭卫〔2025〕12号" } });
    const again = await refusal(step("bgs", c.id, "correction_notice", { correctionItems: "再补", correctionDue: "2026-10-28" }));
    expect(again.code).toBe("once");
  });

  it("pauses the clock while the applicant corrects, and restarts a full 20 working days from 提交补正", async () => {
    const c = await registeredBeforeNationalDay();
    wallClock("2026-10-09");
    await step("bgs", c.id, "correction_notice", { correctionItems: "请写明所需信息的年份", correctionDue: "2026-10-23" });
    expect(await clock(c.id)).toMatchObject({ status: "paused", due: null });

    // The citizen sees what to correct and the period, and answers through the lookup.
    wallClock("2026-10-14");
    const view = await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() });
    expect(view.state).toBe("待申请人补正");
    expect(view.fields.map((f) => f.value)).toEqual(expect.arrayContaining(["请写明所需信息的年份", "2026-10-23"]));
    expect(view.actions.map((a) => a.key)).toEqual(["supply_correction"]);
    await expect(citizenAct(db(), def, { code: c.code, factor: c.factor, client: client(), action: "supply_correction", version: view.version, data: { correction: "" } })).rejects.toBeInstanceOf(FieldErrors);
    await citizenAct(db(), def, { code: c.code, factor: c.factor, client: client(), action: "supply_correction", version: view.version, data: { correction: "2025年" } });
    // From 10-14: 10-15, 10-16 (2), 10-19..23 (7), 10-26..30 (12), 11-02..06 (17), 11-09, 11-10, 11-11 (20).
    expect(await clock(c.id)).toMatchObject({ status: "running" });
    expect(await due(c.id)).toBe("2026-11-11");
    expect(await stateOf(c.id)).toBe("registered");
  });

  it("closes as 申请人逾期不补正 only after the period, by bgs", async () => {
    const c = await registeredBeforeNationalDay();
    wallClock("2026-10-08");
    await step("bgs", c.id, "correction_notice", { correctionItems: "请写明信息名称", correctionDue: "2026-10-16" });
    expect((await refusal(step("bgs", c.id, "supply_correction", { correction: "冒名补正" }))).code).toBe("forbidden");
    wallClock("2026-10-16");
    expect((await refusal(step("bgs", c.id, "close_no_correction"))).code).toBe("correction_period_running");
    wallClock("2026-10-19");
    expect(NOT_YOURS).toContain((await refusal(step("yzk", c.id, "close_no_correction"))).code);
    await step("bgs", c.id, "close_no_correction");
    expect(await stateOf(c.id)).toBe("closed_no_correction");
    expect(await clock(c.id)).toMatchObject({ status: "stopped" });
  });
});

describe("依申请公开: 延期 and 征求第三方意见", () => {
  it("extends once by the days bgs asked and bgs-kz approved; a second 延期 is refused", async () => {
    const c = await registeredBeforeNationalDay();
    wallClock("2026-10-26");
    await expect(step("bgs", c.id, "request_extension", { extensionReason: "信息量大", extensionDays: "21" })).rejects.toBeInstanceOf(FieldErrors);
    await step("bgs", c.id, "request_extension", { extensionReason: "涉及多个科室，需要汇总", extensionDays: "20" });
    expect(await stateOf(c.id)).toBe("extension_requested");
    expect(await clock(c.id)).toMatchObject({ status: "running" }); // the request alone moves nothing
    expect(await due(c.id)).toBe("2026-10-30");
    expect((await refusal(step("bgs", c.id, "approve_extension"))).code).toBe("forbidden");
    await step("bgs-kz", c.id, "approve_extension", undefined, "同意延长20个工作日。");
    // 10-30 + 20 working days: 11-02..06 (5), 11-09..13 (10), 11-16..20 (15), 11-23..27 (20).
    expect(await due(c.id)).toBe("2026-11-27");
    expect(await stateOf(c.id)).toBe("registered");
    const second = await refusal(step("bgs", c.id, "request_extension", { extensionReason: "再次延期", extensionDays: "5" }));
    expect(second.code).toBe("once");
    expect(await due(c.id)).toBe("2026-11-27");
    // The citizen is told.
    const view = await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() });
    expect(view.events.map((e) => e.label)).toContain("延长答复期限");
  });

  it("a refused 延期 moves nothing and needs the chief's reason", async () => {
    const c = await registeredBeforeNationalDay();
    wallClock("2026-10-20");
    await step("bgs", c.id, "request_extension", { extensionReason: "需要协调", extensionDays: "10" });
    await expect(step("bgs-kz", c.id, "refuse_extension")).rejects.toThrow();
    await step("bgs-kz", c.id, "refuse_extension", undefined, "可以按期答复。");
    expect(await stateOf(c.id)).toBe("registered");
    expect(await due(c.id)).toBe("2026-10-30");
    expect((await clock(c.id)).status).toBe("running");
  });

  it("does not count the days a third party is consulted", async () => {
    const c = await registeredBeforeNationalDay();
    wallClock("2026-10-12");
    await step("bgs", c.id, "consult_third_party", { thirdParty: "某医院：是否同意公开其校验材料" });
    expect(await clock(c.id)).toMatchObject({ status: "paused", due: null });
    expect(await stateOf(c.id)).toBe("third_party");
    expect((await refusal(step("bgs", c.id, "reply", { outcome: "disclose", replyText: "予以公开" }))).code).toBeTruthy();
    wallClock("2026-10-19");
    await step("bgs", c.id, "resume");
    // 10-12 counted (the day the pause begins); 10-13..16 and 10-19 not: 5 working days more than 10-30.
    expect(await clock(c.id)).toMatchObject({ status: "running" });
    expect(await due(c.id)).toBe("2026-11-06");
  });
});

describe("依申请公开: 答复 and the citizen's view", () => {
  it("replies with a coded outcome, reviewed by bgs-kz; the citizen sees it only once approved", async () => {
    const c = await registeredBeforeNationalDay();
    wallClock("2026-10-20");
    await expect(step("bgs", c.id, "reply", { replyText: "见附件" })).rejects.toBeInstanceOf(FieldErrors);
    await step("bgs", c.id, "reply", { outcome: "withhold_process", replyText: "所申请信息属于过程性信息，不予公开。" });
    expect((await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() })).fields.map((f) => f.value)).not.toContain("所申请信息属于过程性信息，不予公开。");
    expect((await refusal(step("bgs", c.id, "return", undefined, "请改"))).code).toBe("forbidden");
    await step("bgs-kz", c.id, "return", undefined, "请写明法律依据。");
    expect(await stateOf(c.id)).toBe("registered");
    await step("bgs", c.id, "reply", { outcome: "withhold_process", replyText: "根据《条例》第十六条第二款，所申请信息属于过程性信息，不予公开。" });
    await step("bgs-kz", c.id, "approve");
    expect(await clock(c.id)).toMatchObject({ status: "stopped" });
    const view = await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() });
    expect(view.state).toBe("已答复");
    expect(view.fields).toEqual(expect.arrayContaining([
      { key: "outcome", label: "处理结果", value: "不予公开：属于四类过程性信息" },
      { key: "replyText", label: "答复内容", value: "根据《条例》第十六条第二款，所申请信息属于过程性信息，不予公开。" },
    ]));
    expect(view.actions).toEqual([]);
  });

  it("a lookup never reaches another case, and shows no personal data", async () => {
    wallClock("2026-09-28");
    const a = await apply(person({ phone: "13900001111" }));
    const b = await apply(person({ phone: "13900002222", name: "另一申请人", idNumber: "445202198801015678" }));
    await step("bgs", a.id, "register");
    wallClock("2026-09-29");
    await step("bgs", a.id, "correction_notice", { correctionItems: "请写明年份", correctionDue: "2026-10-16" });
    // A's code with B's factor, and B's code with A's factor: nothing.
    await expect(lookUpCase(db(), def, { code: a.code, factor: b.factor, client: client() })).rejects.toThrow(notMatched(def.public));
    await expect(lookUpCase(db(), def, { code: b.code, factor: a.factor, client: client() })).rejects.toThrow(notMatched(def.public));
    const viewB = await lookUpCase(db(), def, { code: b.code, factor: b.factor, client: client() });
    expect(viewB.state).toBe("待登记");
    const text = JSON.stringify(viewB);
    for (const secret of ["另一申请人", "445202198801015678", "13900002222", "lin@example.com", "临江北路"]) expect(text).not.toContain(secret);
    // B's code cannot 提交补正 on A (a record id sent along is ignored; B is not awaiting a correction).
    const vA = (await db().formRecord.findUniqueOrThrow({ where: { id: a.id } })).version;
    await expect(citizenAct(db(), def, { code: b.code, factor: b.factor, client: client(), action: "supply_correction", version: vA, data: { correction: "冒充", recordId: a.id } })).rejects.toThrow();
    expect(await stateOf(a.id)).toBe("awaiting_correction");
    expect(await stateOf(b.id)).toBe("received");
  });
});
