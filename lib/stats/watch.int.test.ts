// Issue 13 items 8 (Art. 19) and 9 (Art. 20) on real PostgreSQL: distinct items, unit
// submissions and adoptions, the quarterly 考核 (weights, approval, freezing), staleness judged
// per section, 失泄密 signals from the audit trail, and the 通报 record — each with the refusals
// an attacker meets (another account, no session, a reporter, a replayed step on another id).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/login";
import { actorOf } from "@/lib/form-engine/test-actors";
import { staffTransition, SIGN_IN_FIRST } from "@/lib/form-engine/staff-entry";
import { confirmClassifiedCheck } from "@/lib/security/classified-guard";
import { db, ownerDb } from "@/test/integration/db";
import { assessmentView, computeAssessment } from "./assessment";
import { updateAssessmentWeights } from "./assessment-weights";
import { approvedCirculars } from "./circulars";
import { figuresFor } from "./figures";
import { ASSESSMENT_FORM, CIRCULAR_FORM } from "./keys";
import { leakSignals } from "./leak-signals";
import { loadStats } from "./load";
import { quarterOf } from "./period";
import { staleSections } from "./section-staleness";
import { UNIT_SUBMISSION_FORM } from "./submissions";

const tag = Math.random().toString(36).slice(2, 7);
const SECTION = `tw${tag}`; // a bureau section of this file
const COUNTY = `tc${tag}`; // a county bureau of this file
const SLUG = `t-watch-${tag}`;
const at = (s: string) => new Date(`${s}T02:00:00Z`);
const recordIds: string[] = [];
const QUARTER = "2026-Q3";

async function record(formKey: string, sectionId: string, events: [string, string][], state = "draft", data: Record<string, string> = {}) {
  const r = await db().formRecord.create({ data: { formKey, state, sectionId, data, title: `督查测试 ${tag}` } });
  recordIds.push(r.id);
  let seq = 0;
  for (const [action, when] of events) {
    seq += 1;
    await db().formEvent.create({ data: { recordId: r.id, seq, action, toState: state, actorName: "测试", contentHash: "x", createdAt: at(when) } });
  }
  return r.id;
}

async function step(who: Actor | null, formKey: string, recordId: string | null, action: string, data?: Record<string, unknown>, opinion?: string) {
  const version = recordId ? (await db().formRecord.findUnique({ where: { id: recordId } }))?.version ?? 1 : null;
  return staffTransition(db(), who, { formKey, recordId, action, version, data, opinion });
}
const as = (username: string) => actorOf(db(), username);
const stateOf = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).state;

beforeAll(async () => {
  await db().section.create({ data: { id: SECTION, name: `督查测试科${tag}`, kind: "bureau_section", sortOrder: 990 } });
  await db().section.create({ data: { id: COUNTY, name: `督查测试县${tag}`, kind: "county_bureau", sortOrder: 991 } });
});

// Form events are append-only: the fixture records are moved to a form key nothing reads.
afterAll(async () => {
  await db().article.deleteMany({ where: { column: { slug: SLUG } } });
  await db().formRecord.updateMany({ where: { id: { in: recordIds } }, data: { formKey: "watch-test-fixture" } });
  await db().column.deleteMany({ where: { slug: SLUG } });
});

describe("Art. 19 figures count distinct items (item 8a)", () => {
  it("counts one return and resubmission of 3 items as 报送 3, not 4, and the item returned twice as 退回 1", async () => {
    const P = "publication-approval";
    await record(P, SECTION, [["submit", "2026-07-06"], ["chief_return", "2026-07-07"], ["submit", "2026-07-08"], ["deputy_return", "2026-07-09"]]);
    await record(P, SECTION, [["submit", "2026-07-10"]]);
    await record(P, SECTION, [["submit", "2026-08-03"]]);
    const r = await loadStats(db(), await as("xxtjk"));
    expect(figuresFor(r.figures, SECTION, QUARTER)).toMatchObject({ submitted: 3, returned: 1 });
    expect(figuresFor(r.figures, SECTION, "2026")).toMatchObject({ submitted: 3, returned: 1 });
  });
});

describe("unit submissions and adoptions per county bureau and unit (item 8b)", () => {
  it("counts distinct records with a submit (报送) and with an adopt (采用) event in each period", async () => {
    const U = UNIT_SUBMISSION_FORM;
    await record(U, COUNTY, [["submit", "2026-07-01"], ["adopt", "2026-07-03"]], "adopted");
    await record(U, COUNTY, [["submit", "2026-07-02"], ["return", "2026-07-03"], ["submit", "2026-07-04"]], "submitted");
    await record(U, COUNTY, [["submit", "2026-09-20"], ["adopt", "2026-10-08"]], "adopted");
    const r = await loadStats(db(), await as("jz"));
    expect(r.sections.some((s) => s.id === COUNTY)).toBe(true);
    expect(figuresFor(r.figures, COUNTY, QUARTER)).toMatchObject({ submitted: 3, adopted: 1 });
    expect(figuresFor(r.figures, COUNTY, "2026-Q4")).toMatchObject({ submitted: 0, adopted: 1 });
    expect(figuresFor(r.figures, COUNTY, "2026")).toMatchObject({ submitted: 3, adopted: 2 });
  });
});

describe("the quarterly 考核 (item 8c)", () => {
  let draftId = "";

  it("lets only xxtjk-kz change the weights, and audits the change", async () => {
    const values = { base: "100", published: "2", submitted: "1", adopted: "4", lateLetter: "-2", staleColumn: "-5", circular: "-10" };
    for (const who of ["xck-kz", "xxtjk", "fjz1", "rcq-xxy", "auditor"]) await expect(updateAssessmentWeights(db(), await as(who), values)).rejects.toThrow("没有执行此操作的权限");
    await expect(updateAssessmentWeights(db(), null, values)).rejects.toThrow("没有执行此操作的权限");
    await expect(updateAssessmentWeights(db(), await as("xxtjk-kz"), { ...values, adopted: "四" })).rejects.toMatchObject({ fields: { adopted: expect.stringContaining("整数") } });
    await updateAssessmentWeights(db(), await as("xxtjk-kz"), values);
    const w = await db().assessmentWeight.findUniqueOrThrow({ where: { key: "adopted" } });
    expect(w.points).toBe(4);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "assessment.weights_update" }, orderBy: { id: "desc" } });
    expect(audit.actorName).toBe("xxtjk-kz");
    expect(audit.detail).toMatchObject({ before: { adopted: 3 }, after: { adopted: 4 } });
  });

  it("computes the score from the figures and the weights", async () => {
    const { rows } = await computeAssessment(db(), QUARTER);
    // 100 base + 3 submitted × 1 + 1 adopted × 4; no columns, letters or 通报.
    expect(rows.find((r) => r.sectionId === COUNTY)).toMatchObject({ submitted: 3, adopted: 1, published: 0, score: 107 });
    // A bureau section earns nothing for its own 报送 (it publishes itself).
    expect(rows.find((r) => r.sectionId === SECTION)).toMatchObject({ submitted: 3, score: 100 });
    expect(rows.some((r) => r.kind === "leadership")).toBe(false);
  });

  it("is drafted and approved by xxtjk-kz only; nobody else, no session and no replay approves it", async () => {
    const drafted = await step(await as("xxtjk-kz"), ASSESSMENT_FORM, null, "save", { quarter: QUARTER, note: "第三季度考核" });
    expect(drafted).toMatchObject({ ok: true, state: "draft" });
    draftId = drafted.ok ? drafted.recordId : "";
    for (const who of ["xck-kz", "fjz1", "jz", "xxtjk", "rcq-xxy"]) {
      expect((await step(await as(who), ASSESSMENT_FORM, draftId, "approve")).ok).toBe(false);
      expect((await step(await as(who), ASSESSMENT_FORM, null, "save", { quarter: "2026-Q2" })).ok).toBe(false);
    }
    expect(await step(null, ASSESSMENT_FORM, draftId, "approve")).toEqual({ ok: false, message: SIGN_IN_FIRST });
    // xxtjk-kz's approval replayed on another record's id (a 通报 draft) is refused.
    const other = await step(await as("xxtjk-kz"), CIRCULAR_FORM, null, "save", { caseText: "重放测试" });
    expect(other.ok).toBe(true);
    if (other.ok) {
      expect((await step(await as("xxtjk-kz"), ASSESSMENT_FORM, other.recordId, "approve")).ok).toBe(false);
      expect(await stateOf(other.recordId)).toBe("draft");
    }
    expect(await stateOf(draftId)).toBe("draft");
    expect(await db().assessmentSnapshot.count({ where: { period: QUARTER } })).toBe(0);
  });

  it("refuses approving a quarter that is still running", async () => {
    const running = await step(await as("xxtjk-kz"), ASSESSMENT_FORM, null, "save", { quarter: quarterOf(new Date()) });
    expect(running.ok).toBe(true);
    if (running.ok) {
      const r = await step(await as("xxtjk-kz"), ASSESSMENT_FORM, running.recordId, "approve");
      expect(r).toMatchObject({ ok: false, message: expect.stringContaining("尚未结束") });
    }
  });

  it("freezes the approved quarter: stored, never recomputed, not approved twice, not editable in the database", async () => {
    expect(await step(await as("xxtjk-kz"), ASSESSMENT_FORM, draftId, "approve")).toMatchObject({ ok: true, state: "approved" });
    const frozen = await assessmentView(db(), QUARTER);
    expect(frozen).toMatchObject({ frozen: true, recordId: draftId });
    expect(frozen.rows.find((r) => r.sectionId === COUNTY)).toMatchObject({ submitted: 3, adopted: 1, score: 107 });

    // Later changes to the figures and the weights do not move the approved table.
    await record(UNIT_SUBMISSION_FORM, COUNTY, [["submit", "2026-08-20"], ["adopt", "2026-08-21"]], "adopted");
    await updateAssessmentWeights(db(), await as("xxtjk-kz"), { base: "90", published: "2", submitted: "1", adopted: "3", lateLetter: "-2", staleColumn: "-5", circular: "-10" });
    expect((await computeAssessment(db(), QUARTER)).rows.find((r) => r.sectionId === COUNTY)).toMatchObject({ submitted: 4, adopted: 2, score: 90 + 4 + 6 });
    const again = await assessmentView(db(), QUARTER);
    expect(again.rows).toEqual(frozen.rows);
    expect(again.weights.find((w) => w.key === "adopted")?.points).toBe(4);

    const second = await step(await as("xxtjk-kz"), ASSESSMENT_FORM, null, "save", { quarter: QUARTER });
    expect(second.ok).toBe(true);
    if (second.ok) expect(await step(await as("xxtjk-kz"), ASSESSMENT_FORM, second.recordId, "approve")).toMatchObject({ ok: false, message: expect.stringContaining("已经批准并冻结") });
    // Not even the database owner can rewrite or delete the stored table.
    await expect(ownerDb().assessmentSnapshot.update({ where: { period: QUARTER }, data: { rows: [] } })).rejects.toThrow();
    await expect(ownerDb().assessmentSnapshot.delete({ where: { period: QUARTER } })).rejects.toThrow();
  });
});

describe("staleness judged per section (item 9a)", () => {
  it("lists 疾病预防控制科 and 基层卫生科 with 0 own updates even though 医政科 keeps the shared column fresh", async () => {
    const now = new Date();
    const c = await db().column.create({
      data: { slug: SLUG, name: `共管栏目${tag}`, group: "disclosure", updateIntervalDays: 30, sections: { create: [{ sectionId: "yzk" }, { sectionId: "jkk" }, { sectionId: "jcwsk" }] } },
    });
    await db().article.create({ data: { columnId: c.id, sectionId: "yzk", title: `医政科更新 ${tag}`, bodyHtml: "<p>x</p>", publishAt: new Date(now.getTime() - 86_400_000) } });
    const quarterStart = (await import("./period")).periodBounds(quarterOf(now)).start;
    const stale = (await staleSections(db(), now, quarterStart)).filter((s) => s.columnId === c.id);
    expect(stale.map((s) => [s.sectionName, s.lastOwnUpdate, s.ownUpdatesSince])).toEqual([["疾病预防控制科", null, 0], ["基层卫生科", null, 0]]);

    // The page's report and each section's own view on /staff.
    const all = await loadStats(db(), await as("xxtjk"), now);
    expect(all.supervision.overdueColumns.some((o) => o.column.id === c.id)).toBe(false); // the column itself is fresh
    expect(all.supervision.staleSections.filter((s) => s.columnId === c.id).map((s) => s.sectionId)).toEqual(["jkk", "jcwsk"]);
    const own = await loadStats(db(), await as("jkk"), now);
    expect(own.supervision.staleSections.filter((s) => s.columnId === c.id).map((s) => s.sectionId)).toEqual(["jkk"]);
    const yzk = await loadStats(db(), await as("yzk"), now);
    expect(yzk.supervision.staleSections.some((s) => s.columnId === c.id)).toBe(false);

    // Once 基层卫生科 publishes there itself, it drops off the list.
    await db().article.create({ data: { columnId: c.id, sectionId: "jcwsk", title: `基层卫生科更新 ${tag}`, bodyHtml: "<p>x</p>", publishAt: new Date(now.getTime() - 3_600_000) } });
    expect((await staleSections(db(), now, quarterStart)).filter((s) => s.columnId === c.id).map((s) => s.sectionId)).toEqual(["jkk"]);
  });
});

describe("失泄密 signals from the audit trail (item 9b)", () => {
  it("lists the keyword confirmations and the refused classified attempts of the period", async () => {
    const period = quarterOf(new Date());
    const before = await leakSignals(db(), period);
    // A refused attempt: 涉密 = 是 through the real transition.
    const refused = await step(await as("yzk"), "publication-approval", null, "save", { secret: "yes", title: `涉密尝试 ${tag}`, body: "<p>不得保存</p>" });
    expect(refused.ok).toBe(false);
    // A confirmation: a record under review whose text holds a keyword, confirmed by its chief.
    const rec = await db().formRecord.create({ data: { formKey: "publication-approval", state: "chief_review", sectionId: "yzk", title: `关键词 ${tag}`, data: { secret: "no", title: `内部资料汇编 ${tag}`, body: "<p>x</p>" } } });
    recordIds.push(rec.id);
    await confirmClassifiedCheck(db(), await as("yzk-kz"), rec.id);

    const after = await leakSignals(db(), period);
    const fresh = after.filter((s) => !before.some((b) => b.id === s.id));
    const yzk = await as("yzk");
    expect(fresh.find((s) => s.kind === "classified.confirm" && s.recordId === rec.id)).toMatchObject({ actorName: "yzk-kz", sectionId: "yzk", sectionName: "医政科", keywords: [expect.stringContaining("内部资料")] });
    expect(fresh.find((s) => s.kind === "form.refused" && s.actorName === yzk.displayName)).toMatchObject({ sectionId: "yzk", recordId: null });
    // No content travels with a signal.
    expect(JSON.stringify(fresh)).not.toContain("不得保存");
    // Another period does not show them.
    expect((await leakSignals(db(), "2020-Q1")).some((s) => fresh.some((f) => f.id === s.id))).toBe(false);
  });
});

describe("通报 (item 9c)", () => {
  it("is drafted by xxtjk-kz, approved only by the deputy in charge of 信息统计科, then listed", async () => {
    const period = quarterOf(new Date());
    const data = { section: "jcwsk", caseText: `基层卫生科本季度未更新责任栏目 ${tag}`, link: "/articles/1" };
    for (const who of ["xck-kz", "jcwsk-kz", "rcq-xxy", "fjz1"]) expect((await step(await as(who), CIRCULAR_FORM, null, "submit", data)).ok).toBe(false);
    expect((await step(await as("xxtjk-kz"), CIRCULAR_FORM, null, "submit", { ...data, link: "https://example.com/x" }))).toMatchObject({ ok: false, fieldErrors: { link: expect.any(String) } });
    expect((await step(await as("xxtjk-kz"), CIRCULAR_FORM, null, "submit", { ...data, section: "ld" }))).toMatchObject({ ok: false });
    const sent = await step(await as("xxtjk-kz"), CIRCULAR_FORM, null, "submit", data);
    expect(sent).toMatchObject({ ok: true, state: "deputy_review" });
    const id = sent.ok ? sent.recordId : "";
    const listed = async () => (await approvedCirculars(db(), period)).filter((c) => c.recordId === id);
    expect(await listed()).toEqual([]);

    // Not the drafter, not another deputy, not the director, not a reporter, not without a session.
    for (const who of ["xxtjk-kz", "fjz2", "fjz3", "jz", "rcq-xxy"]) expect((await step(await as(who), CIRCULAR_FORM, id, "approve")).ok).toBe(false);
    expect(await step(null, CIRCULAR_FORM, id, "approve")).toEqual({ ok: false, message: SIGN_IN_FIRST });
    // fjz1's approval replayed on a draft's id (not submitted) is refused.
    const draft = await step(await as("xxtjk-kz"), CIRCULAR_FORM, null, "save", { caseText: `另一份草稿 ${tag}` });
    if (draft.ok) {
      expect((await step(await as("fjz1"), CIRCULAR_FORM, draft.recordId, "approve")).ok).toBe(false);
      expect(await stateOf(draft.recordId)).toBe("draft");
    }
    expect(await stateOf(id)).toBe("deputy_review");

    expect(await step(await as("fjz1"), CIRCULAR_FORM, id, "approve")).toMatchObject({ ok: true, state: "approved" });
    expect(await listed()).toEqual([expect.objectContaining({ sectionId: "jcwsk", sectionName: "基层卫生科", caseText: data.caseText, link: "/articles/1" })]);
    const { rows } = await computeAssessment(db(), period);
    expect(rows.find((r) => r.sectionId === "jcwsk")?.circulars).toBeGreaterThanOrEqual(1);
  });
});
