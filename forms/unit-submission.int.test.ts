// 信息报送单 (issue 13 item 1, Art. 8, 16) on real PostgreSQL: a county reporter sends material to
// the city section it reports to (业务归口, from the org chart); that section's publishing account
// adopts it into a linked approval draft that takes the Art. 9 path and publishes with 来源 = the
// unit; or returns it with an opinion, or declines it. Every refusal an attacker could try is proven.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canView } from "@/lib/form-engine/authorize";
import { FieldErrors } from "@/lib/form-engine/errors";
import { factsOf, loadRecord } from "@/lib/form-engine/records";
import { getForm } from "@/lib/form-engine/registry";
import { SIGN_IN_FIRST, staffTransition } from "@/lib/form-engine/staff-entry";
import { myRecords, myTasks } from "@/lib/form-engine/tasks";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { reportingTargets } from "@/lib/org/reporting";
import { mayReadUpload } from "@/lib/content/upload-access";
import { saveUpload } from "@/lib/form-engine/uploads";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { UNIT_SUBMISSION_FORM } from "./unit-submission";

const FORM = UNIT_SUBMISSION_FORM;
const APPROVAL = "publication-approval";

const material = (over: Record<string, unknown> = {}) => ({
  secret: "no", target: "jcwsk", title: `榕城区开展家庭医生签约服务 ${randomUUID().slice(0, 8)}`, body: "<p>榕城区今年签约人数持续增长。</p>",
  attachments: [], images: [], suggestedColumn: "news", contact: "陈信息", phone: "0663-8221234", ...over,
});

async function act(username: string | null, formKey: string, recordId: string | null, action: string, data?: unknown, opinion?: string) {
  const r = recordId ? await db().formRecord.findUniqueOrThrow({ where: { id: recordId } }) : null;
  return transition(db(), username ? await actorOf(db(), username) : null, { formKey, recordId, action, version: r?.version ?? null, data, opinion });
}

/** A submission sent by rcq-xxy (榕城区) to 基层卫生科. */
async function submitted(over: Record<string, unknown> = {}) {
  const r = await act("rcq-xxy", FORM, null, "submit", material(over));
  expect(r.state).toBe("submitted");
  return r.recordId;
}

async function visibleTo(username: string, recordId: string) {
  const def = getForm(FORM)!;
  const r = (await loadRecord(db(), recordId))!;
  return canView(def, await actorOf(db(), username), factsOf(def, r));
}

describe("信息报送单: the whole path", () => {
  it("报送 → 采用 → a linked approval draft → the Art. 9 path → published with 来源 = the unit", async () => {
    const id = await submitted();
    const sub = await db().formRecord.findUniqueOrThrow({ where: { id } });
    expect(sub.sectionId).toBe("rcq"); // the reporter's own section, not the receiver's
    // The receiving section has it waiting in 我的待办; the reporter sees it among their records.
    const jcwsk = await actorOf(db(), "jcwsk");
    expect((await myTasks(db(), jcwsk, { form: FORM, q: sub.title })).items.map((t) => [t.recordId, t.actions])).toEqual([[id, ["采用", "退回修改", "不予采用"]]]);
    expect((await myRecords(db(), await actorOf(db(), "rcq-xxy"), { form: FORM, q: sub.title })).items.map((t) => t.state)).toEqual(["已报送，待科室处理"]);

    const adopted = await act("jcwsk", FORM, id, "adopt");
    expect(adopted.state).toBe("adopted");
    const link = await db().submissionAdoption.findUniqueOrThrow({ where: { submissionId: id } });
    const draft = await db().formRecord.findUniqueOrThrow({ where: { id: link.approvalId }, include: { events: true } });
    expect([draft.formKey, draft.state, draft.sectionId, draft.createdById]).toEqual([APPROVAL, "draft", "jcwsk", jcwsk.id]);
    const d = draft.data as Record<string, unknown>;
    expect([d.title, d.body, d.secret, d.section, d.applicant]).toEqual([sub.title, "<p>榕城区今年签约人数持续增长。</p>", "no", "基层卫生科", jcwsk.displayName]);
    expect(String(d.note)).toContain("榕城区卫生计生局");
    expect(draft.events.map((e) => [e.action, e.actorId])).toEqual([["save", jcwsk.id]]);
    // The draft was made by the adoption, in its transaction, and the audit trail says so.
    expect(draft.events[0]!.detail).toMatchObject({ party: "publisher", adoptedFrom: id });
    const audit = await db().auditEvent.findFirst({ where: { objectType: "form_record", objectId: draft.id } });
    expect(audit?.detail).toMatchObject({ formKey: APPROVAL, action: "save", adoptedFrom: id });
    // The suggested column is kept because 基层卫生科 may publish in 工作动态.
    const news = await db().column.findUniqueOrThrow({ where: { slug: "news" } });
    expect(d.column).toBe(news.id);

    // The Art. 9 path, by the accounts the org chart names for 基层卫生科 (overseen by fjz3).
    await act("jcwsk", APPROVAL, draft.id, "submit", { ...d, publishDate: "2026-01-01", special: "no" });
    await act("jcwsk-kz", APPROVAL, draft.id, "chief_approve");
    await act("fjz3", APPROVAL, draft.id, "deputy_approve");
    await act("jcwsk", APPROVAL, draft.id, "push");
    await act("xxtjk-kz", APPROVAL, draft.id, "finalize", { category: "工作动态", imageCount: "0", transferMode: "email" });
    const done = await act("xck-kz", APPROVAL, draft.id, "finalize", { category: "工作动态", imageCount: "0", transferMode: "email" });
    expect(done.state).toBe("published");
    const article = await db().article.findUniqueOrThrow({ where: { recordId: draft.id } });
    expect([article.title, article.source, article.sectionId]).toEqual([sub.title, "榕城区卫生计生局", "jcwsk"]);
  });

  it("the 来源 cannot be typed: a field named source on the approval form is ignored, and an ordinary item has none", async () => {
    const column = await db().column.findUniqueOrThrow({ where: { slug: "news" } });
    const data = { secret: "no", title: `科室自己的信息 ${randomUUID().slice(0, 8)}`, body: "<p>x</p>", column: column.id, publishDate: "2026-01-01", special: "no", source: "榕城区卫生计生局" };
    const { recordId } = await act("jcwsk", APPROVAL, null, "submit", data);
    await act("jcwsk-kz", APPROVAL, recordId, "chief_approve");
    await act("fjz3", APPROVAL, recordId, "deputy_approve");
    await act("jcwsk", APPROVAL, recordId, "push");
    await act("xxtjk-kz", APPROVAL, recordId, "finalize");
    await act("xck-kz", APPROVAL, recordId, "finalize");
    const rec = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    expect((rec.data as Record<string, unknown>).source).toBeUndefined();
    expect((await db().article.findUniqueOrThrow({ where: { recordId } })).source).toBeNull();
  });

  it("退回修改 goes back to the reporter with the opinion and the data kept; 报送 again; 不予采用 needs a reason", async () => {
    const id = await submitted();
    await expect(act("jcwsk", FORM, id, "return")).rejects.toBeInstanceOf(FieldErrors);
    expect((await act("jcwsk", FORM, id, "return", undefined, "请补充签约人数的具体数据。")).state).toBe("returned");
    const back = (await loadRecord(db(), id))!;
    expect((back.data as Record<string, unknown>).contact).toBe("陈信息");
    expect(back.events.at(-1)!.opinion).toBe("请补充签约人数的具体数据。");
    // The reporter has it in 我的待办 again and sends it once more, changed.
    const rcq = await actorOf(db(), "rcq-xxy");
    expect((await myTasks(db(), rcq, { form: FORM, q: back.title })).items.map((t) => t.recordId)).toEqual([id]);
    const data = { ...(back.data as Record<string, unknown>), body: "<p>截至10月，签约12万人。</p>" };
    expect((await act("rcq-xxy", FORM, id, "submit", data)).state).toBe("submitted");
    await expect(act("jcwsk", FORM, id, "decline")).rejects.toBeInstanceOf(FieldErrors);
    expect((await act("jcwsk", FORM, id, "decline", undefined, "与本科室业务无关。")).state).toBe("declined");
    expect(await db().submissionAdoption.count({ where: { submissionId: id } })).toBe(0);
    // Declined is final: no adoption afterwards.
    expect((await refusal(act("jcwsk", FORM, id, "adopt"))).code).toBe("illegal_step");
  });

  it("a unit that reports to several sections chooses one of them, and only those", async () => {
    expect((await reportingTargets(db(), "jkzx")).map((s) => s.id).sort()).toEqual(["jcwsk", "jkk"]);
    expect((await reportingTargets(db(), "rcq")).map((s) => s.id)).toEqual(["jcwsk"]);
    for (const target of ["jkk", "jcwsk"]) {
      const r = await act("jkzx-xxy", FORM, null, "submit", material({ target }));
      expect(await visibleTo(target, r.recordId)).toBe(true);
      expect(await visibleTo(target === "jkk" ? "jcwsk" : "jkk", r.recordId)).toBe(false);
    }
  });

  it("局办公室 sees every submission; the reporter sees the state and the article", async () => {
    const id = await submitted();
    expect(await visibleTo("bgs", id)).toBe(true);
    expect(await visibleTo("bgs-kz", id)).toBe(true);
    const title = (await db().formRecord.findUniqueOrThrow({ where: { id } })).title;
    expect((await myRecords(db(), await actorOf(db(), "bgs"), { form: FORM, q: title })).items.map((r) => r.recordId)).toEqual([id]);
    // Seeing is not acting: the office neither adopts nor returns another section's submission.
    expect((await refusal(act("bgs", FORM, id, "adopt"))).code).toBe("forbidden");
  });
});

describe("信息报送单: files", () => {
  it("the receiving section and the adopted draft's reviewers read the unit's attachment; another county does not", async () => {
    const rcq = await actorOf(db(), "rcq-xxy");
    const file = await saveUpload("签约统计.txt", new TextEncoder().encode("签约12万人"), "attachment", rcq.id);
    const stored = file.url.split("/").pop()!;
    const id = await submitted({ attachments: [file] });
    const reads = async (u: string) => mayReadUpload(stored, rcq.id, await actorOf(db(), u));
    expect([await reads("jcwsk"), await reads("bgs"), await reads("jdq-xxy"), await reads("yzk")]).toEqual([true, true, false, false]);
    await act("jcwsk", FORM, id, "adopt");
    const draft = (await db().submissionAdoption.findUniqueOrThrow({ where: { submissionId: id } })).approvalId;
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: draft } })).data).toMatchObject({ attachments: [file] });
    expect(await mayReadUpload(stored, rcq.id, null)).toBe(false); // not public before it is published
  });
});

describe("信息报送单: the attacker's paths", () => {
  it("another county's reporter can neither see nor act on it", async () => {
    const id = await submitted();
    expect(await visibleTo("jdq-xxy", id)).toBe(false);
    const title = (await db().formRecord.findUniqueOrThrow({ where: { id } })).title;
    expect((await myRecords(db(), await actorOf(db(), "jdq-xxy"), { form: FORM, q: title })).total).toBe(0);
    for (const action of ["submit", "save", "adopt", "return", "decline"]) expect((await refusal(act("jdq-xxy", FORM, id, action, material(), "x"))).code).toBe("not_found");
  });

  it("a reporter cannot send to a section it does not report to (a forged target), nor forge its own section", async () => {
    for (const target of ["yzk", "bgs", "rsk", "jdq", "no-such-section"]) {
      const err = await refusal(act("rcq-xxy", FORM, null, "submit", material({ target })));
      expect(err).toBeInstanceOf(FieldErrors);
      expect((err as FieldErrors).fields.target).toContain("业务归口");
    }
    // A sectionId in the posted data does not move the record: it is the reporter's own section.
    const r = await act("rcq-xxy", FORM, null, "submit", { ...material(), sectionId: "jdq" });
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: r.recordId } })).sectionId).toBe("rcq");
    // Changing the target on a returned item to a section it does not report to is refused too.
    await act("jcwsk", FORM, r.recordId, "return", undefined, "请修改。");
    expect(await refusal(act("rcq-xxy", FORM, r.recordId, "submit", material({ target: "yzk" })))).toBeInstanceOf(FieldErrors);
  });

  it("another city section cannot adopt it, nor can a chief or the reporter", async () => {
    const id = await submitted();
    for (const u of ["yzk", "jkk"]) expect((await refusal(act(u, FORM, id, "adopt"))).code).toBe("not_found");
    expect((await refusal(act("jcwsk-kz", FORM, id, "adopt"))).code).toBe("not_found");
    expect((await refusal(act("rcq-xxy", FORM, id, "adopt"))).code).toBe("forbidden");
    expect(await db().submissionAdoption.count({ where: { submissionId: id } })).toBe(0);
  });

  it("a replayed 采用 aimed at another id reaches only what the actor may act on", async () => {
    const mine = await submitted();
    // 市人民医院 reports to 医政科: 基层卫生科 replays its adopt with that record's id.
    const other = (await act("rmyy-xxy", FORM, null, "submit", material({ target: "yzk" }))).recordId;
    await act("jcwsk", FORM, mine, "adopt");
    const v = (await db().formRecord.findUniqueOrThrow({ where: { id: other } })).version;
    const err = await refusal(transition(db(), await actorOf(db(), "jcwsk"), { formKey: FORM, recordId: other, action: "adopt", version: v }));
    expect(err.code).toBe("not_found");
    // An approval record's id under this form's key is not found either.
    const draftId = (await db().submissionAdoption.findUniqueOrThrow({ where: { submissionId: mine } })).approvalId;
    expect((await refusal(act("jcwsk", FORM, draftId, "adopt"))).code).toBe("not_found");
    expect(await db().formRecord.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ state: "submitted", version: v });
  });

  it("without a session the staff path refuses every step", async () => {
    const id = await submitted();
    const rec = await db().formRecord.findUniqueOrThrow({ where: { id } });
    for (const action of ["submit", "adopt", "return", "decline"]) {
      expect(await staffTransition(db(), null, { formKey: FORM, recordId: action === "submit" ? null : id, action, version: rec.version, data: material(), opinion: "x" })).toEqual({ ok: false, message: SIGN_IN_FIRST });
      expect((await refusal(act(null, FORM, action === "submit" ? null : id, action, material(), "x"))).code).toMatch(/unauthenticated|not_found/);
    }
    expect(await db().formRecord.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "submitted", version: rec.version });
  });

  it("采用 twice, even at once, makes one draft only", async () => {
    const id = await submitted();
    const jcwsk = await actorOf(db(), "jcwsk");
    const v = (await db().formRecord.findUniqueOrThrow({ where: { id } })).version;
    const before = await db().formRecord.count({ where: { formKey: APPROVAL, sectionId: "jcwsk" } });
    const both = await Promise.allSettled([0, 1].map(() => transition(db(), jcwsk, { formKey: FORM, recordId: id, action: "adopt", version: v })));
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // And once more afterwards with the new version: the state no longer allows it.
    expect((await refusal(act("jcwsk", FORM, id, "adopt"))).code).toBe("illegal_step");
    expect(await db().formRecord.count({ where: { formKey: APPROVAL, sectionId: "jcwsk" } })).toBe(before + 1);
    expect(await db().submissionAdoption.count({ where: { submissionId: id } })).toBe(1);
  });
});
