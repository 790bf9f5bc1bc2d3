import { describe, expect, it } from "vitest";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { FieldErrors } from "@/lib/form-engine/errors";
import { confirmClassifiedCheck } from "@/lib/security/classified-guard";
import { urgentPending } from "@/lib/stats/urgent-pending";
import { db } from "@/test/integration/db";
import { formSteps, refusal } from "@/test/integration/steps";
import { publicArticleWhere } from "./visibility";

const FORM = "publication-approval";

async function draft(over: Record<string, unknown> = {}) {
  const column = (await db().column.findUniqueOrThrow({ where: { slug: "blood-donation" } })).id;
  return {
    secret: "no", title: `紧急献血倡议 ${Math.random().toString(36).slice(2, 8)}`, body: "<p>全市血液库存告急，请市民踊跃献血。</p>", column,
    publishDate: "2020-01-01", special: "no", note: "", urgent: "yes", urgentReason: "台风过后血液库存告急，须当日发布倡议。", ...over,
  };
}

const { act, step } = formSteps(FORM);

const isPublic = async (recordId: string) => (await db().article.count({ where: { AND: [{ recordId }, publicArticleWhere()] } })) === 1;
const flagged = async (recordId: string) => (await urgentPending(db())).items.find((i) => i.recordId === recordId);

/** Submitted and through the chief's 同意紧急发布: waiting for one leader. */
async function atLeader(over: Record<string, unknown> = {}) {
  const { recordId } = await act("yzk", { action: "submit", data: await draft(over) });
  expect((await step("yzk-kz", recordId, "urgent_chief_approve")).state).toBe("urgent_leader_review");
  return recordId;
}

describe("紧急发布 (Art. 7 with Art. 9)", () => {
  it("publishes after the chief and one leader, stays flagged until the remaining sign-offs, then clears", async () => {
    const recordId = await atLeader();
    expect(await isPublic(recordId)).toBe(false);
    // fjz3 does not oversee 医政科: any bureau leader may authorise the urgent publication.
    expect((await step("fjz3", recordId, "urgent_leader_approve")).state).toBe("urgent_published");
    expect(await isPublic(recordId)).toBe(true);
    expect(await flagged(recordId)).toMatchObject({ reason: "台风过后血液库存告急，须当日发布倡议。", missing: ["局分管领导", "信息统计科审定", "宣传科审定"], sectionName: "医政科" });

    // The remaining sign-offs of the ordinary path: the overseeing deputy and both finalizers.
    expect((await step("fjz2", recordId, "urgent_countersign")).state).toBe("urgent_published");
    expect((await step("xxtjk-kz", recordId, "urgent_countersign", { data: { category: "健康知识", imageCount: "0", transferMode: "email" } })).state).toBe("urgent_published");
    expect((await refusal(step("xxtjk-kz", recordId, "urgent_countersign"))).code).toBe("already_signed");
    expect((await flagged(recordId))?.missing).toEqual(["宣传科审定"]);
    expect((await step("xck-kz", recordId, "urgent_countersign")).state).toBe("published");
    expect(await flagged(recordId)).toBeUndefined();
    expect(await isPublic(recordId)).toBe(true);

    const events = await db().formEvent.findMany({ where: { recordId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["submit", "urgent_chief_approve", "urgent_leader_approve", "urgent_countersign", "urgent_countersign", "urgent_countersign"]);
    expect(await db().auditEvent.count({ where: { objectId: recordId, action: "form.transition" } })).toBe(6);
  });

  it("owes also 局办公室 and 局主要领导 on a 特别重大 item", async () => {
    const recordId = await atLeader({ special: "yes" });
    await step("fjz1", recordId, "urgent_leader_approve");
    expect((await flagged(recordId))?.missing).toEqual(["局办公室", "局分管领导", "局主要领导", "信息统计科审定", "宣传科审定"]);
    expect((await refusal(step("fjz2", recordId, "urgent_countersign"))).code).toBe("illegal_step");
    for (const u of ["bgs-kz", "fjz2", "jz", "xxtjk-kz"]) await step(u, recordId, "urgent_countersign_special");
    expect((await flagged(recordId))?.missing).toEqual(["宣传科审定"]);
    expect((await step("xck-kz", recordId, "urgent_countersign_special")).state).toBe("published");
  });

  it("refuses a leader's signature from anyone who is not a bureau leader, or from nobody signed in", async () => {
    const recordId = await atLeader();
    for (const u of ["yzk-kz", "yzk", "xxtjk-kz", "xck-kz", "bgs-kz"]) expect((await refusal(step(u, recordId, "urgent_leader_approve"))).code).toMatch(/forbidden|not_found/);
    expect((await refusal(step(null, recordId, "urgent_leader_approve"))).code).toMatch(/not_found|unauthenticated/);
    expect(await isPublic(recordId)).toBe(false);
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("urgent_leader_review");
  });

  it("cannot skip the section chief: a leader cannot publish from the chief's step, nor the drafter sign for the chief", async () => {
    const { recordId } = await act("yzk", { action: "submit", data: await draft() });
    expect((await refusal(step("jz", recordId, "urgent_leader_approve"))).code).toBe("illegal_step");
    expect((await refusal(step("yzk", recordId, "urgent_chief_approve"))).code).toBe("forbidden");
    // The chief of another section is not this item's chief.
    expect((await refusal(step("xck-kz", recordId, "urgent_chief_approve"))).code).toMatch(/forbidden|not_found/);
    expect(await isPublic(recordId)).toBe(false);
  });

  it("takes the urgent path only for an item marked 紧急发布 with a reason", async () => {
    const e = await refusal(act("yzk", { action: "submit", data: await draft({ urgentReason: "" }) }));
    expect(e).toBeInstanceOf(FieldErrors);
    expect((e as FieldErrors).fields.urgentReason).toBeTruthy();
    const { recordId } = await act("yzk", { action: "submit", data: await draft({ urgent: "no", urgentReason: "" }) });
    expect((await refusal(step("yzk-kz", recordId, "urgent_chief_approve"))).code).toBe("illegal_step");
    // The chief may also decline the urgency and send an urgent item the ordinary way.
    const urgent = (await act("yzk", { action: "submit", data: await draft() })).recordId;
    expect((await step("yzk-kz", urgent, "chief_approve")).state).toBe("deputy_review");
  });

  it("refuses a replayed sign-off and a 补签 from someone not owed one", async () => {
    const recordId = await atLeader();
    const before = (await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).version;
    await step("fjz1", recordId, "urgent_leader_approve");
    expect((await refusal(act("fjz1", { recordId, action: "urgent_leader_approve", version: before }))).code).toBe("stale");
    expect((await refusal(step("fjz1", recordId, "urgent_leader_approve"))).code).toBe("illegal_step");
    // fjz1 does not oversee 医政科 and is not owed a 补签; the drafter is not either.
    expect((await refusal(step("fjz1", recordId, "urgent_countersign"))).code).toBe("forbidden");
    expect((await refusal(step("yzk", recordId, "urgent_countersign"))).code).toBe("forbidden");
    expect((await flagged(recordId))?.missing).toEqual(["局分管领导", "信息统计科审定", "宣传科审定"]);
  });

  it("keeps the Art. 17 keyword check: the leader's approval is refused until a reviewer confirms the content", async () => {
    const recordId = await atLeader({ body: "<p>本件为内部资料，请勿外传。</p>" });
    await expect(step("fjz2", recordId, "urgent_leader_approve")).rejects.toThrow(/须经审核人确认不涉密/);
    expect(await isPublic(recordId)).toBe(false);
    await confirmClassifiedCheck(db(), await actorOf(db(), "yzk-kz"), recordId);
    expect((await step("fjz2", recordId, "urgent_leader_approve")).state).toBe("urgent_published");
  });

  it("lets a finalizer or a leader withdraw an urgently published item with a reason", async () => {
    const recordId = await atLeader();
    await step("fjz2", recordId, "urgent_leader_approve");
    expect((await refusal(step("yzk", recordId, "urgent_withdraw", { opinion: "x" }))).code).toBe("forbidden");
    expect((await step("xxtjk-kz", recordId, "urgent_withdraw", { opinion: "信息有误" })).state).toBe("withdrawn");
    expect(await isPublic(recordId)).toBe(false);
    expect(await flagged(recordId)).toBeUndefined();
  });
});
