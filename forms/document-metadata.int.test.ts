// 文件信息 on the approval form (issue 12) on real PostgreSQL: asked only for items in 政策法规 and
// 政府信息公开 and their children, stored with the article on publishing, and later marked 废止/失效
// by the publishing section alone, through the one transition.
import { afterEach, describe, expect, it, vi } from "vitest";
import { documentDisplay } from "@/lib/content/document-meta";
import { FieldErrors } from "@/lib/form-engine/errors";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";

const FORM = "publication-approval";
afterEach(() => {
  vi.useRealTimers();
});
const at = (date: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${date}T04:00:00Z`));
};
const version = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).version;
async function run(username: string, recordId: string | null, action: string, data?: Record<string, unknown>) {
  return transition(db(), await actorOf(db(), username), { formKey: FORM, recordId, action, version: recordId ? await version(recordId) : null, data });
}
async function fieldErrors(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FieldErrors);
  return (err as FieldErrors).fields;
}
const columnId = async (slug: string) => (await db().column.findUniqueOrThrow({ where: { slug } })).id;
const item = (column: string, over: Record<string, unknown> = {}) => ({
  secret: "no", special: "no", column, publishDate: "2026-01-01", applyDate: "2026-01-01", title: `关于印发医疗机构管理办法的通知 ${Math.random()}`, body: "<p>各医疗机构：现印发。</p>", ...over,
});
async function publish(section: string, chief: string, deputy: string, data: Record<string, unknown>) {
  const { recordId } = await run(section, null, "submit", data);
  await run(chief, recordId, "chief_approve");
  await run(deputy, recordId, "deputy_approve");
  await run(section, recordId, "push");
  await run("xxtjk-kz", recordId, "finalize");
  await run("xck-kz", recordId, "finalize");
  return recordId;
}

describe("document metadata on the approval form", () => {
  it("is required in 政府信息公开 and in a child of 政策法规, not asked (and stripped) elsewhere", async () => {
    const govInfo = await columnId("gov-info");
    expect(await fieldErrors(run("bgs", null, "submit", item(govInfo)))).toMatchObject({ docType: "请选择文件类型" });
    expect(await fieldErrors(run("bgs", null, "submit", item(govInfo, { docType: "normative" })))).toMatchObject({ docNumber: "请填写文号", docDate: "请选择成文日期" });
    // 其他 needs neither 文号 nor 成文日期.
    await run("bgs", null, "submit", item(govInfo, { docType: "other" }));

    // A child column of 政策法规, kept by 医政科: the metadata is asked there too.
    const policies = await columnId("policies");
    const child = await db().column.create({ data: { slug: `policies-child-${Date.now()}`, name: "卫生计生规范性文件", parentId: policies, group: "disclosure", kind: "list", sections: { create: { sectionId: "yzk" } } } });
    expect(await fieldErrors(run("yzk", null, "submit", item(child.id)))).toMatchObject({ docType: "请选择文件类型" });

    // A 工作动态 item carries none, whatever a forged request sends.
    const news = await columnId("news");
    const id = await publish("yzk", "yzk-kz", "fjz2", item(news, { docType: "rule", docNumber: "伪造", docDate: "2026-01-01", docValidity: "repealed", docValidityDate: "2026-02-01" }));
    const article = await db().article.findUniqueOrThrow({ where: { recordId: id } });
    expect(article).toMatchObject({ docType: null, docNumber: null, docDate: null, docValidity: null, docValidityDate: null });
    // …and so cannot be marked 废止.
    expect((await refusal(run("yzk", id, "mark_validity", { docValidity: "repealed", docValidityDate: "2026-02-01" }))).code).toBe("illegal_step");
  });

  it("is stored with the article, and only the publishing section marks it 废止, with a date, shown on the public page", async () => {
    at("2026-11-20");
    const recordId = await publish("bgs", "bgs-kz", "fjz1", item(await columnId("gov-info"), { docType: "normative", docNumber: "揭市卫〔2026〕12号", docDate: "2026-03-01" }));
    let article = await db().article.findUniqueOrThrow({ where: { recordId } });
    expect(article).toMatchObject({ docType: "normative", docNumber: "揭市卫〔2026〕12号", docValidity: "valid", docValidityDate: null });
    expect(article.docDate?.toISOString().slice(0, 10)).toBe("2026-03-01");

    // Another section's publisher, a finalizer, the chief, a reporter, no session: none may mark it.
    expect(["forbidden", "not_found"]).toContain((await refusal(run("yzk", recordId, "mark_validity", { docValidity: "repealed", docValidityDate: "2026-11-01" }))).code);
    for (const who of ["xxtjk-kz", "bgs-kz", "fjz1"]) expect((await refusal(run(who, recordId, "mark_validity", { docValidity: "repealed", docValidityDate: "2026-11-01" }))).code).toBe("forbidden");
    expect((await refusal(run("rcq-xxy", recordId, "mark_validity", { docValidity: "repealed", docValidityDate: "2026-11-01" }))).code).toBe("not_found");
    expect((await refusal(transition(db(), null, { formKey: FORM, recordId, action: "mark_validity", version: await version(recordId), data: { docValidity: "repealed", docValidityDate: "2026-11-01" } }))).code).toBe("not_found");

    // 废止 needs its date; not one still to come, nor one before the document was written.
    expect(await fieldErrors(run("bgs", recordId, "mark_validity", { docValidity: "repealed", docValidityDate: "" }))).toMatchObject({ docValidityDate: "请选择废止或失效日期" });
    expect(await fieldErrors(run("bgs", recordId, "mark_validity", { docValidity: "repealed", docValidityDate: "2026-12-01" }))).toMatchObject({ docValidityDate: "废止或失效日期不能晚于今天" });
    expect(await fieldErrors(run("bgs", recordId, "mark_validity", { docValidity: "repealed", docValidityDate: "2026-02-01" }))).toMatchObject({ docValidityDate: "废止或失效日期不能早于成文日期" });
    // Only 有效性 is editable in this step: a changed title or 文号 is ignored.
    await run("bgs", recordId, "mark_validity", { docValidity: "repealed", docValidityDate: "2026-11-01", title: "篡改的标题", docNumber: "篡改" });

    article = await db().article.findUniqueOrThrow({ where: { recordId } });
    expect(article).toMatchObject({ docValidity: "repealed", docNumber: "揭市卫〔2026〕12号" });
    expect(article.title).not.toBe("篡改的标题");
    expect(article.docValidityDate?.toISOString().slice(0, 10)).toBe("2026-11-01");
    const rec = await db().formRecord.findUniqueOrThrow({ where: { id: recordId }, include: { events: { orderBy: { seq: "desc" }, take: 1 } } });
    expect(rec.state).toBe("published");
    expect(rec.events[0]).toMatchObject({ action: "mark_validity", actorName: expect.any(String) });
    expect(await db().auditEvent.count({ where: { objectId: recordId, action: "form.transition", detail: { path: ["action"], equals: "mark_validity" } } })).toBe(1);
    expect(documentDisplay({ ...article, docDate: "2026-03-01", docValidityDate: "2026-11-01" })).toMatchObject({
      type: "行政规范性文件", number: "揭市卫〔2026〕12号", date: "2026年3月1日", validity: "废止", banner: "本文件已于2026年11月1日废止。",
    });
  });
});
