// Art. 6: 专题专栏 requests. A bureau section's request goes through its chief; a unit's or a
// county bureau's through the city section it reports to; 信息统计科's 受理 turns it into a
// prefilled, linked column-table change that then takes the Art. 5 route.
import { afterAll, describe, expect, it } from "vitest";
import { FieldErrors } from "@/lib/form-engine/errors";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition, type TransitionInput } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { topicLinks } from "./topic-requests";

const FORM = "topic-column-request";
const uniq = () => Math.random().toString(36).slice(2, 8);

async function act(username: string | null, input: TransitionInput) {
  return transition(db(), username ? await actorOf(db(), username) : null, input);
}

async function step(username: string | null, recordId: string, action: string, extra: Partial<TransitionInput> = {}) {
  const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return act(username, { formKey: r.formKey, recordId, action, version: r.version, ...extra });
}

const request = (over: Record<string, string> = {}) => ({
  topicName: `专题 ${uniq()}`, nature: "key_work", purpose: "围绕阶段性重点工作开设专题。", interval: "30", period: "2026年12月31日前", citySection: "", ...over,
});

/** The column-table drafts an accepted request became. */
const draftsOf = (requestId: string) => db().formRecord.findMany({ where: { formKey: "column-assignment", data: { path: ["sourceRequest"], equals: requestId } } });

/** Runs a column-table draft through the 一般调整 route and puts it into effect. */
async function putIntoEffect(draftId: string) {
  const draft = await db().formRecord.findUniqueOrThrow({ where: { id: draftId } });
  await step("xxtjk", draftId, "submit", { data: draft.data as Record<string, unknown> as TransitionInput["data"] });
  await step("bgs-kz", draftId, "office_approve");
  await step("fjz1", draftId, "deputy_approve");
  expect((await step("xxtjk", draftId, "apply")).state).toBe("effective");
}

describe("专题专栏 requests (Art. 6)", () => {
  afterAll(async () => {
    await db().column.deleteMany({ where: { slug: { startsWith: "zt-" }, articles: { none: {} } } });
  });

  it("takes a bureau section's request through its chief to 信息统计科, whose 受理 drafts the linked column change", async () => {
    const data = request();
    const { recordId } = await act("jkk", { formKey: FORM, action: "submit", data });
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("chief_review");
    // Only 信息统计科's account accepts, and only after the chief's review.
    expect((await refusal(step("xxtjk", recordId, "accept"))).code).toBe("illegal_step");
    await step("jkk-kz", recordId, "chief_approve");
    for (const u of ["xxtjk-kz", "jkk", "bgs-kz", "jz"]) expect((await refusal(step(u, recordId, "accept"))).code, u).toMatch(/forbidden|not_found/);
    expect((await step("xxtjk", recordId, "accept")).state).toBe("accepted");

    const [draft, ...more] = await draftsOf(recordId);
    expect(more).toHaveLength(0);
    expect(draft).toMatchObject({ state: "draft", sectionId: "xxtjk" });
    expect(draft!.data).toMatchObject({
      scope: "minor", sourceRequest: recordId, proposer: "信息统计科信息员",
      changes: [{ op: "topic", name: data.topicName, sectionId: "jkk", interval: "30" }],
    });
    expect((draft!.data as { description: string }).description).toContain("疾病预防控制科");
    // Each record points at the other; the draft has its first event like any saved draft.
    expect(await topicLinks(db(), { id: recordId, formKey: FORM, data: {} })).toEqual([{ href: `/staff/records/${draft!.id}`, label: expect.stringContaining("栏目调整审批表") }]);
    expect(await topicLinks(db(), draft!)).toEqual([{ href: `/staff/records/${recordId}`, label: "来源：专题专栏申请" }]);
    expect(await db().formEvent.findMany({ where: { recordId: draft!.id }, select: { seq: true, action: true, toState: true } })).toEqual([{ seq: 1, action: "save", toState: "draft" }]);

    // Accepting twice is not possible: one request, one draft.
    expect((await refusal(step("xxtjk", recordId, "accept"))).code).toBe("illegal_step");
    expect(await draftsOf(recordId)).toHaveLength(1);

    // The draft takes the Art. 5 route; the new topic column is kept by 疾病预防控制科.
    await putIntoEffect(draft!.id);
    const slug = (draft!.data as { changes: { column: string }[] }).changes[0]!.column;
    const column = await db().column.findUniqueOrThrow({ where: { slug }, include: { sections: true } });
    expect(column).toMatchObject({ name: data.topicName, group: "topics", updateIntervalDays: 30 });
    expect(column.sections).toMatchObject([{ sectionId: "jkk", entrusted: false }]);
    // The link survives the draft's own steps.
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: draft!.id } })).data).toMatchObject({ sourceRequest: recordId });
  });

  it("sends a unit's request to its city section first, which forwards it; the topic is entrusted to the unit", async () => {
    const data = request({ nature: "public_welfare", citySection: "yzk" });
    const { recordId } = await act("wsjds-xxy", { formKey: FORM, action: "report", data });
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("city_review");
    // 信息统计科 cannot take it before the city section forwarded it; another section's chief cannot forward it.
    expect((await refusal(step("xxtjk", recordId, "accept"))).code).toBe("illegal_step");
    for (const u of ["jcwsk-kz", "yzk", "wsjds-xxy", "xxtjk-kz"]) expect((await refusal(step(u, recordId, "forward"))).code, u).toMatch(/forbidden|not_found/);
    expect((await step("yzk-kz", recordId, "forward")).state).toBe("xxtjk_review");
    await step("xxtjk", recordId, "accept");
    const [draft] = await draftsOf(recordId);
    expect(draft!.data).toMatchObject({ changes: [{ op: "topic", sectionId: "wsjds" }] });
    await putIntoEffect(draft!.id);
    const slug = (draft!.data as { changes: { column: string }[] }).changes[0]!.column;
    const column = await db().column.findUniqueOrThrow({ where: { slug }, include: { sections: true } });
    expect(column.sections).toMatchObject([{ sectionId: "wsjds", entrusted: true }]);
  });

  it("refuses a unit naming a city section it does not report to, a section naming one, and the wrong kind of account", async () => {
    // 榕城区 reports to 基层卫生科, not 医政科.
    const wrong = await refusal(act("rcq-xxy", { formKey: FORM, action: "report", data: request({ citySection: "yzk" }) }));
    expect(wrong).toBeInstanceOf(FieldErrors);
    expect((wrong as FieldErrors).fields.citySection).toContain("基层卫生科");
    expect((await refusal(act("rcq-xxy", { formKey: FORM, action: "report", data: request({ citySection: "" }) }))).code).toBe("invalid_fields");
    // A reporter cannot take the section route around its city section, nor a section the unit route.
    expect((await refusal(act("rcq-xxy", { formKey: FORM, action: "submit", data: request() }))).code).toBe("forbidden");
    expect((await refusal(act("jkk", { formKey: FORM, action: "report", data: request({ citySection: "jkk" }) }))).code).toBe("forbidden");
    const sectionWithCity = await refusal(act("jkk", { formKey: FORM, action: "submit", data: request({ citySection: "yzk" }) }));
    expect((sectionWithCity as FieldErrors).fields.citySection).toContain("业务归口科室");
    // Leaders, administrators and no session cannot start one.
    for (const u of ["jz", "sysadmin", "auditor", "xxtjk-kz"]) expect((await refusal(act(u, { formKey: FORM, action: "submit", data: request() }))).code, u).toBe("forbidden");
    expect((await refusal(act(null, { formKey: FORM, action: "report", data: request({ citySection: "jcwsk" }) }))).code).toBe("unauthenticated");
  });

  it("keeps a request out of other units' sight, and declines only with a reason", async () => {
    const { recordId } = await act("rcq-xxy", { formKey: FORM, action: "report", data: request({ citySection: "jcwsk" }) });
    // Another county bureau replaying the step on this id reads "not found".
    expect((await refusal(step("jdq-xxy", recordId, "save", { data: request({ citySection: "jcwsk" }) }))).code).toBe("not_found");
    expect((await refusal(step("yzk-kz", recordId, "forward"))).code).toBe("not_found");
    await step("jcwsk-kz", recordId, "forward");
    expect((await refusal(step("xxtjk", recordId, "decline"))).code).toBe("invalid_fields");
    expect((await step("xxtjk", recordId, "decline", { opinion: "内容可在现有“业务管理”栏目发布，不另开专栏。" })).state).toBe("declined");
    expect(await draftsOf(recordId)).toHaveLength(0);
  });
});
