import { describe, expect, it } from "vitest";
import { transition, type TransitionInput } from "@/lib/form-engine/transition";
import { saveUpload } from "@/lib/form-engine/uploads";
import { actorOf } from "@/lib/form-engine/test-actors";
import { db } from "@/test/integration/db";
import { classifiedStatus, confirmClassifiedCheck } from "./classified-guard";

const FORM = "publication-approval";

async function data(over: Record<string, unknown> = {}) {
  const column = (await db().column.findUniqueOrThrow({ where: { slug: "blood-donation" } })).id;
  return { secret: "no", title: `献血活动 ${Math.random().toString(36).slice(2, 8)}`, body: "<p>欢迎参加。</p>", column, publishDate: "2020-01-01", special: "no", note: "", ...over };
}
async function step(username: string, recordId: string, action: string, extra: Partial<TransitionInput> = {}) {
  const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return transition(db(), await actorOf(db(), username), { formKey: FORM, recordId, action, version: r.version, ...extra });
}
async function approved(over: Record<string, unknown>) {
  const { recordId } = await transition(db(), await actorOf(db(), "yzk"), { formKey: FORM, action: "submit", data: await data(over) });
  await step("yzk-kz", recordId, "chief_approve");
  await step("fjz2", recordId, "deputy_approve");
  return recordId;
}
const actor = async (username: string) => {
  const a = await db().account.findUniqueOrThrow({ where: { username }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
};

describe("Art. 17 keyword check before 推送", () => {
  it("blocks 推送 of an item with a keyword until a reviewer confirms, and audits the confirmation", async () => {
    // A real upload by the drafter: a made-up file link is refused by the engine (file-ownership.ts).
    const file = await saveUpload("机密名单.pdf", new TextEncoder().encode("%PDF-1.4"), "attachment", (await actor("yzk")).id);
    const recordId = await approved({ body: "<p>本件为内部资料，请勿外传。</p>", attachments: [file] });
    expect((await classifiedStatus(db(), recordId)).hits.map((h) => h.keyword)).toEqual(["内部资料", "机密"]);
    await expect(step("yzk", recordId, "push")).rejects.toThrow(/须经审核人确认不涉密后才能推送/);
    // The drafter cannot confirm for themselves, nor a chief of another section, nor the auditor.
    await expect(confirmClassifiedCheck(db(), await actor("yzk"), recordId)).rejects.toThrow(/没有执行此操作的权限/);
    await expect(confirmClassifiedCheck(db(), await actor("rsk-kz"), recordId)).rejects.toThrow(/不存在或您无权查看/);
    await expect(confirmClassifiedCheck(db(), await actor("auditor"), recordId)).rejects.toThrow(/没有执行此操作的权限/);
    await confirmClassifiedCheck(db(), await actor("yzk-kz"), recordId);
    expect((await classifiedStatus(db(), recordId)).confirmed).toBe(true);
    expect((await step("yzk", recordId, "push")).state).toBe("finalizing");
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "classified.confirm", objectId: recordId } });
    expect(event).toMatchObject({ actorName: "yzk-kz", detail: { keywords: ["正文:内部资料", "附件名称:机密"] } });
  });

  it("lets an item without keywords through, and asks again after the content changes", async () => {
    const clean = await approved({});
    expect((await step("yzk", clean, "push")).state).toBe("finalizing");

    const recordId = await approved({ title: "关于绝密事项的说明" });
    await confirmClassifiedCheck(db(), await actor("yzk-kz"), recordId);
    // Content changed after the confirmation (whatever the path): the confirmation no longer counts.
    const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    await db().formRecord.update({ where: { id: recordId }, data: { data: { ...(r.data as object), title: "关于绝密事项的补充说明" } } });
    expect((await classifiedStatus(db(), recordId)).confirmed).toBe(false);
    await expect(step("yzk", recordId, "push")).rejects.toThrow(/须经审核人确认/);
    await confirmClassifiedCheck(db(), await actor("fjz2"), recordId);
    expect((await step("yzk", recordId, "push")).state).toBe("finalizing");
  });
});
