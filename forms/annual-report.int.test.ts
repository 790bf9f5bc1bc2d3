// 政府信息公开工作年度报告 (issue 12, the annual report) on real PostgreSQL: table 三 counted from
// 依申请公开 cases seeded across two years and compared with a hand count, the balance check,
// table 二 from document metadata, the approval path and who may act, and the monitor.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { FieldErrors } from "@/lib/form-engine/errors";
import { actorOf } from "@/lib/form-engine/test-actors";
import { staffTransition } from "@/lib/form-engine/staff-entry";
import { transition } from "@/lib/form-engine/transition";
import { publishedReports } from "@/lib/disclosure-report/published";
import { loadStats } from "@/lib/stats/load";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { ANNUAL_REPORT_FORM_KEY } from "./annual-report";
import { DISCLOSURE_FORM_KEY } from "./disclosure-request";
import { DISCLOSURE_CASES } from "./disclosure-request-report";
import { countCases } from "@/lib/disclosure-report/count";
import { table3Rows } from "@/lib/disclosure-report/template";

afterEach(() => {
  vi.useRealTimers();
});

/** The wall clock reads `date` at Beijing noon; only Date is faked, so the pool keeps working. */
const at = (date: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${date}T04:00:00Z`));
};

const version = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).version;
async function step(formKey: string, username: string, recordId: string | null, action: string, data?: Record<string, unknown>, opinion?: string) {
  return transition(db(), await actorOf(db(), username), { formKey, recordId, action, version: recordId ? await version(recordId) : null, data, opinion });
}
// ---- 依申请公开 cases, each step on its own (faked) day ----------------------------------
type Applicant = { applicantType: "person" } | { applicantType: "org"; orgKind: string };
let seq = 0;
async function applyOn(date: string, who: Applicant) {
  at(date);
  const n = ++seq;
  const data = {
    name: "测试申请人", phone: "13800001111", address: "揭阳市榕城区", description: `年度报告测试申请 ${n} ${Math.random()}`, medium: "electronic", delivery: "email",
    ...(who.applicantType === "person" ? { applicantType: "person", idType: "resident", idNumber: "445202199001011234" } : { ...who, creditCode: "91445200MA4U777710" }),
  };
  const r = await transition(db(), null, { formKey: DISCLOSURE_FORM_KEY, action: "apply", data }, { entry: "public" });
  return r.recordId;
}
const caseStep = (date: string, username: string, id: string, action: string, data?: Record<string, unknown>) => {
  at(date);
  return step(DISCLOSURE_FORM_KEY, username, id, action, data);
};
async function registered(date: string, who: Applicant) {
  const id = await applyOn(date, who);
  await caseStep(date, "bgs", id, "register");
  return id;
}
async function answered(id: string, date: string, outcome: string) {
  await caseStep(date, "bgs", id, "reply", { outcome, replyText: "答复如下。" });
  await caseStep(date, "bgs-kz", id, "approve");
}

const table = (rows: unknown) => Object.fromEntries((rows as Record<string, string>[]).map((r) => [r.code, [r.person, r.business, r.research, r.charity, r.legal, r.other, r.total].map(Number)]));
const reportOf = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).data as Record<string, unknown>;
const ZERO = [0, 0, 0, 0, 0, 0, 0];
/**
 * Table 三 of `year` as counted before this file adds its cases. Other test files share the
 * database and leave cases of earlier years open; those only ever appear as carried in (二) and
 * carried on (四) of a later year, equally, and the hand counts below are what this file adds to them.
 */
async function baseline(year: number) {
  return table(table3Rows(await countCases(db(), DISCLOSURE_CASES, year)));
}
const minus = (t: Record<string, number[]>, base: Record<string, number[]>) =>
  Object.fromEntries(Object.entries(t).map(([code, row]) => [code, row.map((n, i) => n - (base[code]?.[i] ?? 0))]));

const TEXT = { overview: "本年度，我局认真贯彻落实《条例》。", problems: "主动公开的及时性有待提高。", otherMatters: "无其他需要报告的事项。", processingFee: "0" };

describe("table 三 of the annual report", () => {
  it("counts a seeded year exactly as counted by hand: new, carried over, every outcome row, carried on", async () => {
    const person: Applicant = { applicantType: "person" };
    const [base2030, base2031] = [await baseline(2030), await baseline(2031)];
    // 2030: A (person) and B (商业企业) registered late in the year; H (其他) registered and answered in 2030.
    const a = await registered("2030-12-20", person);
    const b = await registered("2030-12-28", { applicantType: "org", orgKind: "business" });
    const h = await registered("2030-03-01", { applicantType: "org", orgKind: "other" });
    await answered(h, "2030-03-10", "disclose");
    // 2031.
    await answered(a, "2031-01-10", "disclose"); // 3.1, person
    const c = await registered("2031-03-02", person);
    await answered(c, "2031-03-20", "withhold_state_secret"); // 3.3.1, person
    const d = await registered("2031-05-06", { applicantType: "org", orgKind: "legal" });
    await answered(d, "2031-05-20", "not_handled_repeat"); // 3.5.2, 法律服务机构
    const e = await registered("2031-06-01", { applicantType: "org", orgKind: "research" });
    await caseStep("2031-06-02", "bgs", e, "correction_notice", { correctionItems: "请写明信息名称", correctionDue: "2031-06-10" });
    await caseStep("2031-06-15", "bgs", e, "close_no_correction"); // 3.6.1, 科研机构
    const f = await registered("2031-12-30", person); // still open at the end of 2031
    const i = await registered("2031-11-02", person);
    await answered(i, "2032-01-04", "unable_not_held"); // answered only in 2032
    await applyOn("2031-12-31", { applicantType: "org", orgKind: "charity" }); // G: received, never registered: not counted
    await answered(b, "2032-01-05", "partial"); // B stays open through 2031
    expect(f).toBeTruthy();

    at("2032-01-10");
    const { recordId } = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "2031" });
    const t = minus(table((await reportOf(recordId)).table3), base2031);
    //                       自然人 商业 科研 公益 法律 其他 总计
    expect(t["1"]).toEqual([3, 0, 1, 0, 1, 0, 5]); // C, F, I; E; D
    expect(t["2"]).toEqual([1, 1, 0, 0, 0, 0, 2]); // A; B
    expect(t["3.1"]).toEqual([1, 0, 0, 0, 0, 0, 1]); // A
    expect(t["3.3.1"]).toEqual([1, 0, 0, 0, 0, 0, 1]); // C
    expect(t["3.5.2"]).toEqual([0, 0, 0, 0, 1, 0, 1]); // D
    expect(t["3.6.1"]).toEqual([0, 0, 1, 0, 0, 0, 1]); // E
    for (const code of ["3.2", "3.3.2", "3.3.8", "3.4.1", "3.4.3", "3.5.1", "3.5.5", "3.6.2", "3.6.3"]) expect(t[code]).toEqual(ZERO);
    expect(t["3.7"]).toEqual([2, 0, 1, 0, 1, 0, 4]);
    expect(t["4"]).toEqual([2, 1, 0, 0, 0, 0, 3]); // F, I; B
    expect(Object.keys(t)).toHaveLength(25); // every row of the template

    // The year before: A, B and H new; H answered; A and B carried on. And it balances, so it submits.
    const earlier = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "submit", { year: "2030", ...TEXT });
    const t2030 = minus(table((await reportOf(earlier.recordId)).table3), base2030);
    expect(t2030["1"]).toEqual([1, 1, 0, 0, 0, 1, 3]);
    expect(t2030["3.1"]).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(t2030["4"]).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(earlier.state).toBe("deputy_review");
  });

  it("refuses to submit a report that does not balance, naming the column, and keeps the draft as it was", async () => {
    at("2028-02-01");
    const base = await baseline(2027);
    const { recordId } = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "2027", ...TEXT });
    // Two paper applications entered as received, but only one as answered: 自然人 is off by one.
    const offline = [{ row: "1", applicant: "person", count: "2" }, { row: "3.1", applicant: "person", count: "1" }];
    const err = await refusal(step(ANNUAL_REPORT_FORM_KEY, "bgs", recordId, "submit", { table3Offline: offline }));
    expect(err.code).toBe("unbalanced");
    const carried = base["2"][0]; // other files' open cases of earlier years, carried in and on alike
    expect(err.userMessage).toContain(`“自然人”列：本年新收与上年结转之和为${2 + carried}，办理结果总计与结转下年度之和为${1 + carried}`);
    expect(err.userMessage).toContain("“总计”列");
    expect(err.userMessage).not.toContain("“商业企业”列");
    const stored = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    expect(stored.state).toBe("draft");
    expect((stored.data as Record<string, unknown>).table3Offline).toEqual([]);
    // The third application, carried on to the next year, balances it.
    const balanced = [...offline, { row: "4", applicant: "person", count: "1" }];
    expect((await step(ANNUAL_REPORT_FORM_KEY, "bgs", recordId, "submit", { table3Offline: balanced })).state).toBe("deputy_review");
    const t = minus(table((await reportOf(recordId)).table3), base);
    expect(t["1"]).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t["3.7"]).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it("refuses a 总计 in table 四 that is not the sum of its four cells", async () => {
    at("2026-03-01");
    const err = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "submit", { year: "2025", ...TEXT, reMaintained: "2", reCorrected: "1", reTotal: "2" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FieldErrors);
    expect((err as FieldErrors).fields.reTotal).toBe("行政复议的总计应为3（前四项之和）");
  });
});

// ---- table 二 from document metadata -----------------------------------------------------
let docNo = 0;
async function documentArticle(docType: string, docDate: string, validity = "valid", validityDate: string | null = null, withdrawn = false) {
  const [column, section] = await Promise.all([db().column.findUniqueOrThrow({ where: { slug: "policies" } }), db().section.findUniqueOrThrow({ where: { id: "yzk" } })]);
  await db().article.create({ data: {
    columnId: column.id, sectionId: section.id, title: `测试文件 ${++docNo}`, bodyHtml: "<p>正文</p>", publishAt: new Date("2026-01-01T00:00:00Z"),
    docType, docNumber: `揭市卫〔${docDate.slice(0, 4)}〕${docNo}号`, docDate: new Date(`${docDate}T00:00:00Z`), docValidity: validity,
    docValidityDate: validityDate ? new Date(`${validityDate}T00:00:00Z`) : null, withdrawnAt: withdrawn ? new Date() : null,
  } });
}

describe("table 二 of the annual report", () => {
  // These articles have no approval form behind them: left in the shared database they would read
  // as published without approval in the statistics tests of other files.
  afterAll(async () => {
    await db().article.deleteMany({ where: { title: { startsWith: "测试文件 " }, recordId: null } });
  });
  it("counts 本年制发, 本年废止 and 现行有效 for 规章 and 行政规范性文件 from the documents' metadata", async () => {
    // Years far from every other test's documents.
    await documentArticle("rule", "2040-05-01"); // issued in 2040, still in force at the end of 2041
    await documentArticle("rule", "2041-02-01"); // issued 2041, in force
    await documentArticle("rule", "2041-03-01", "repealed", "2041-09-01"); // issued and repealed in 2041
    await documentArticle("normative", "2039-01-01", "expired", "2041-06-30"); // expired in 2041
    await documentArticle("normative", "2041-07-07"); // issued 2041, in force
    await documentArticle("normative", "2041-08-08", "valid", null, true); // withdrawn: not counted at all
    await documentArticle("normative", "2042-01-02"); // written after 2041: not yet in force then
    await documentArticle("other", "2041-01-05"); // not a 规章 or 规范性文件
    await documentArticle("normative", "2040-01-01", "repealed", "2042-03-01"); // repealed only later: in force at the end of 2041

    at("2042-01-05");
    const { recordId } = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "2041" });
    const rows = (await reportOf(recordId)).table2Docs as Record<string, string>[];
    expect(rows).toEqual([
      { item: "规章", issued: "2", repealed: "1", inForce: "2" },
      { item: "行政规范性文件", issued: "1", repealed: "1", inForce: "2" },
    ]);
  });
});

// ---- the approval path and who may act ------------------------------------------------
describe("the annual report's approval", () => {
  it("is drafted by 局办公室, approved by its deputy, published in 政府信息公开 and listed; nobody else may act", async () => {
    at("2024-01-15");
    // No session, another section's publisher, 局办公室's chief, a county reporter: none may create one.
    expect((await staffTransition(db(), null, { formKey: ANNUAL_REPORT_FORM_KEY, action: "save", data: { year: "2023" } })).ok).toBe(false);
    expect((await refusal(transition(db(), null, { formKey: ANNUAL_REPORT_FORM_KEY, action: "save", data: { year: "2023" } }))).code).toBe("unauthenticated");
    for (const who of ["yzk", "bgs-kz", "rcq-xxy", "fjz1"]) expect((await refusal(step(ANNUAL_REPORT_FORM_KEY, who, null, "save", { year: "2023" }))).code).toBe("forbidden");

    const { recordId } = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "2023", ...TEXT });
    // One report per year.
    const twice = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "2023" }).catch((e: unknown) => e);
    expect((twice as FieldErrors).fields.year).toContain("2023年度的年度报告已经建立");
    // "02023" is not another year; two drafts of one year sent at once: the database keeps one.
    expect(((await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "02023" }).catch((e: unknown) => e)) as FieldErrors).fields.year).toBe("请填写报告年度（四位数字）");
    const race = await Promise.allSettled([1, 2].map(() => step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "2019" })));
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().formRecord.count({ where: { formKey: ANNUAL_REPORT_FORM_KEY, data: { path: ["year"], equals: "2019" } } })).toBe(1);
    // A year still to come is refused.
    expect(((await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "save", { year: "2025" }).catch((e: unknown) => e)) as FieldErrors).fields.year).toBe("报告年度不能晚于今年");
    // Others cannot even see the draft, let alone edit it.
    for (const who of ["yzk", "rcq-xxy", "fjz2", "jz"]) expect(["not_found"]).toContain((await refusal(step(ANNUAL_REPORT_FORM_KEY, who, recordId, "save", { overview: "篡改" }))).code);

    await step(ANNUAL_REPORT_FORM_KEY, "bgs", recordId, "submit", {});
    const frozen = (await reportOf(recordId)).table3;
    // A case registered in 2023 after submission does not change the frozen table.
    const late = await registered("2023-06-01", { applicantType: "person" });
    expect(late).toBeTruthy();
    at("2024-01-16");
    // Only the deputy overseeing 局办公室 (fjz1) approves: not another deputy, the director, bgs itself or its chief.
    for (const who of ["fjz2", "jz", "yzk"]) expect((await refusal(step(ANNUAL_REPORT_FORM_KEY, who, recordId, "approve"))).code).toBe("not_found");
    for (const who of ["bgs", "bgs-kz"]) expect(["forbidden", "not_found"]).toContain((await refusal(step(ANNUAL_REPORT_FORM_KEY, who, recordId, "approve"))).code);
    expect((await refusal(transition(db(), null, { formKey: ANNUAL_REPORT_FORM_KEY, recordId, action: "approve", version: await version(recordId) }))).code).toBe("not_found");
    // 退回修改 needs a reason; the draft then goes round again.
    await expect(step(ANNUAL_REPORT_FORM_KEY, "fjz1", recordId, "return")).rejects.toBeInstanceOf(FieldErrors);
    await step(ANNUAL_REPORT_FORM_KEY, "fjz1", recordId, "return", undefined, "请补充总体情况。");
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("draft");
    await step(ANNUAL_REPORT_FORM_KEY, "bgs", recordId, "submit", { overview: "本年度，我局认真贯彻落实《条例》，全年主动公开信息100条。" });
    const refrozen = (await reportOf(recordId)).table3 as Record<string, string>[];
    expect(refrozen.find((r) => r.code === "1")!.person).toBe(String(Number((frozen as Record<string, string>[]).find((r) => r.code === "1")!.person) + 1));

    const stale = await version(recordId);
    expect((await step(ANNUAL_REPORT_FORM_KEY, "fjz1", recordId, "approve")).state).toBe("published");
    // A replayed approval (the old version) is refused, and nothing is published twice.
    expect(["stale", "illegal_step"]).toContain((await refusal(transition(db(), await actorOf(db(), "fjz1"), { formKey: ANNUAL_REPORT_FORM_KEY, recordId, action: "approve", version: stale }))).code);

    const article = await db().article.findUniqueOrThrow({ where: { recordId }, include: { column: true } });
    expect(article.column.slug).toBe("gov-info");
    expect(article.title).toBe("揭阳市卫生和计划生育局2023年政府信息公开工作年度报告");
    expect(article.bodyHtml).toContain("一、总体情况");
    expect(article.bodyHtml).toContain("全年主动公开信息100条");
    expect(article.bodyHtml).toContain("（七）总计");
    expect(article.bodyHtml).toContain("<table>");
    expect((await publishedReports(db())).map((r) => r.year)).toContain(2023);
  });
});

describe("the annual report monitor", () => {
  it("warns from 1 January (Beijing) until the previous year's report is published, and is overdue after 31 January", async () => {
    const light = async (iso: string) => (await loadStats(db(), await actorOf(db(), "fjz1"), new Date(iso))).monitors.find((m) => m.key === "annual_report")!;
    expect(await light("2022-12-31T15:59:00Z")).toMatchObject({ light: "red" }); // Beijing 2022-12-31: 2021's report never published
    expect(await light("2022-12-31T16:00:00Z")).toMatchObject({ light: "amber" }); // Beijing 2023-01-01 00:00: 2022's report due 2023-01-31
    expect(await light("2023-01-31T15:59:00Z")).toMatchObject({ light: "amber" });
    expect((await light("2023-01-31T16:00:00Z")).light).toBe("red"); // Beijing 2023-02-01
    // Once the 2022 report is published, the monitor is green for 2023.
    at("2023-01-20");
    const { recordId } = await step(ANNUAL_REPORT_FORM_KEY, "bgs", null, "submit", { year: "2022", ...TEXT });
    await step(ANNUAL_REPORT_FORM_KEY, "fjz1", recordId, "approve");
    expect(await light("2023-02-10T04:00:00Z")).toMatchObject({ light: "green", sectionIds: [] });
    expect((await light("2023-01-20T04:00:00Z")).sectionIds).toEqual([]);
  });
});
