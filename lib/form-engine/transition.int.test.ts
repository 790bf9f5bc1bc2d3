import { describe, expect, it } from "vitest";
import { CLASSIFIED_REFUSAL } from "@/forms/publication-approval";
import { publicArticleWhere } from "@/lib/content/visibility";
import { AppError } from "@/lib/errors";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { FieldErrors } from "./errors";
import { currentCycle, loadRecord } from "./records";
import { actorOf } from "./test-actors";
import { transition, type TransitionInput } from "./transition";

const FORM = "publication-approval";

async function columnId(slug: string) {
  return (await db().column.findUniqueOrThrow({ where: { slug } })).id;
}

async function draftData(over: Record<string, unknown> = {}) {
  return { secret: "no", title: `献血活动通知 ${Math.random().toString(36).slice(2, 8)}`, body: "<p>欢迎市民参加无偿献血。</p><script>alert(1)</script>", column: await columnId("blood-donation"), publishDate: "2020-01-01", special: "no", note: "", ...over };
}

async function act(username: string | null, input: Omit<TransitionInput, "formKey">) {
  const actor = username ? await actorOf(db(), username) : null;
  return transition(db(), actor, { formKey: FORM, ...input });
}

/** Runs one step on the record's current version. */
async function step(username: string, recordId: string, action: string, extra: Partial<TransitionInput> = {}) {
  const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return act(username, { recordId, action, version: r.version, ...extra });
}

describe("the publication approval workflow", () => {
  it("runs the Art. 9 path to a published article, with both finalizers signing", async () => {
    const { recordId } = await act("yzk", { action: "submit", data: await draftData() });
    await step("yzk-kz", recordId, "chief_approve", { opinion: "已核，呈报局领导审批。" });
    expect((await step("fjz2", recordId, "deputy_approve")).state).toBe("approved");
    expect((await step("yzk", recordId, "push")).state).toBe("finalizing");
    expect((await step("xxtjk-kz", recordId, "finalize", { data: { category: "工作动态", imageCount: "0", transferMode: "email" } })).state).toBe("finalizing");
    // The same finalizer cannot sign twice.
    expect((await refusal(step("xxtjk-kz", recordId, "finalize"))).code).toBe("already_signed");
    expect((await step("xck-kz", recordId, "finalize")).state).toBe("published");

    const rec = await loadRecord(db(), recordId);
    expect(rec?.events.map((e) => e.action)).toEqual(["submit", "chief_approve", "deputy_approve", "push", "finalize", "finalize"]);
    expect(rec?.events.every((e) => /^[0-9a-f]{64}$/.test(e.contentHash))).toBe(true);
    expect((rec?.data as Record<string, unknown>).category).toBe("工作动态");
    const article = await db().article.findFirstOrThrow({ where: { AND: [{ recordId }, publicArticleWhere()] }, include: { column: true } });
    expect(article.column.slug).toBe("blood-donation");
    expect(article.sectionId).toBe("yzk");
    expect(article.bodyHtml).toContain("欢迎市民参加无偿献血");
    expect(article.bodyHtml).not.toContain("script");
    const audits = await db().auditEvent.count({ where: { objectId: recordId, action: "form.transition" } });
    expect(audits).toBe(6);
  });

  it("sends a 特别重大 item also to the office and the director", async () => {
    const { recordId } = await act("yzk", { action: "submit", data: await draftData({ special: "yes" }) });
    expect((await step("yzk-kz", recordId, "chief_approve")).state).toBe("office_review");
    expect((await step("bgs-kz", recordId, "office_approve")).state).toBe("deputy_review");
    expect((await step("fjz2", recordId, "deputy_approve")).state).toBe("director_review");
    expect((await step("jz", recordId, "director_approve")).state).toBe("approved");
  });

  it("refuses every step of a classified (涉密) item beside 是否涉密, citing Art. 17, even called directly", async () => {
    const secretError = async (p: Promise<unknown>) => {
      const e = await refusal(p);
      expect(e).toBeInstanceOf(FieldErrors);
      return (e as FieldErrors).fields.secret;
    };
    expect(await secretError(act("yzk", { action: "submit", data: await draftData({ secret: "yes" }) }))).toBe(CLASSIFIED_REFUSAL);
    expect(CLASSIFIED_REFUSAL).toContain("第十七条");
    expect(CLASSIFIED_REFUSAL).toContain("线下");
    // Not even a draft is saved.
    expect(await secretError(act("yzk", { action: "save", data: await draftData({ secret: "yes" }) }))).toBe(CLASSIFIED_REFUSAL);
    // A classified item forced into the approved state by other means (say, before this rule) still cannot be pushed.
    const { recordId } = await act("yzk", { action: "save", data: await draftData() });
    const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    await db().formRecord.update({ where: { id: recordId }, data: { state: "approved", data: { ...(r.data as object), secret: "yes" } } });
    expect(await secretError(step("yzk", recordId, "push"))).toBe(CLASSIFIED_REFUSAL);
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("approved");
  });

  it("lets a section pick only the columns it is responsible for, including entrusted ones", async () => {
    const e = await refusal(act("yzk", { action: "submit", data: await draftData({ column: await columnId("health") }) }));
    expect(e).toBeInstanceOf(FieldErrors);
    expect((e as FieldErrors).fields.column).toContain("本科室负责的栏目");
    // 信用信息双公示 is entrusted to 市卫生监督所, which reports to 医政科.
    const ok = await act("yzk", { action: "submit", data: await draftData({ column: await columnId("credit-info") }) });
    expect(ok.state).toBe("chief_review");
  });

  it("gives missing required fields their own Chinese messages", async () => {
    const e = await refusal(act("yzk", { action: "submit", data: await draftData({ title: "", secret: "" }) }));
    expect((e as FieldErrors).fields).toMatchObject({ title: "请填写标题", secret: "请选择是否涉密" });
  });

  it("returns an item with an opinion to the drafter, keeping everything entered", async () => {
    const data = await draftData({ note: "请审核" });
    const { recordId } = await act("yzk", { action: "submit", data });
    expect((await refusal(step("yzk-kz", recordId, "chief_return"))) ).toBeInstanceOf(FieldErrors);
    expect((await step("yzk-kz", recordId, "chief_return", { opinion: "标题请改为正式名称" })).state).toBe("draft");
    const rec = await loadRecord(db(), recordId);
    expect(rec?.data).toMatchObject({ title: data.title, note: "请审核", column: data.column });
    expect(rec?.events.at(-1)?.opinion).toBe("标题请改为正式名称");
    expect((await step("yzk", recordId, "submit", { data: { ...data, title: `${data.title}（修改）` } })).state).toBe("chief_review");
  });

  it("voids the sign-offs when the content is edited after a sign-off", async () => {
    const data = await draftData();
    const { recordId } = await act("yzk", { action: "submit", data });
    await step("yzk-kz", recordId, "chief_approve");
    expect((await step("yzk", recordId, "save", { data: { ...data, body: "<p>改过的正文</p>" } })).state).toBe("draft");
    const def = (await import("./registry")).getForm(FORM)!;
    const edited = await loadRecord(db(), recordId);
    expect(currentCycle(def, edited!.events).some((e) => e.action === "chief_approve")).toBe(false);
    await step("yzk", recordId, "submit");
    const rec = await loadRecord(db(), recordId);
    expect(currentCycle(def, rec!.events).some((e) => e.action === "chief_approve")).toBe(false);
    expect(rec?.state).toBe("chief_review");
  });

  it("refuses a stale page with a conflict message and changes nothing", async () => {
    const { recordId, version } = await act("yzk", { action: "submit", data: await draftData() });
    await step("yzk", recordId, "save", { data: await draftData({ title: "第一次修改" }) });
    const e = await refusal(act("yzk", { recordId, action: "save", version, data: await draftData({ title: "过期页面的修改" }) }));
    expect(e.code).toBe("stale");
    expect(e.userMessage).toContain("不是最新");
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).title).toBe("第一次修改");
  });

  it("tells a page left open while the item moved on that it is stale, not just refused", async () => {
    const { recordId, version } = await act("yzk", { action: "submit", data: await draftData() });
    await step("yzk-kz", recordId, "chief_approve");
    expect((await refusal(act("yzk-kz", { recordId, action: "chief_return", version, opinion: "晚了" }))).code).toBe("stale");
  });

  it("lets exactly one of two concurrent approvals of the same step win", async () => {
    const { recordId } = await act("yzk", { action: "submit", data: await draftData() });
    const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    const chief = await actorOf(db(), "yzk-kz");
    const results = await Promise.allSettled([1, 2].map(() => transition(db(), chief, { formKey: FORM, recordId, action: "chief_approve", version: r.version })));
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as AppError).code).toBe("stale");
    expect(await db().formEvent.count({ where: { recordId, action: "chief_approve" } })).toBe(1);
  });

  it("publishes a later 发布日期 on that date, not before", async () => {
    const { recordId } = await act("yzk", { action: "submit", data: await draftData({ publishDate: "2099-03-01" }) });
    for (const [u, a] of [["yzk-kz", "chief_approve"], ["fjz2", "deputy_approve"], ["yzk", "push"], ["xxtjk-kz", "finalize"], ["xck-kz", "finalize"]] as const) await step(u, recordId, a);
    const article = await db().article.findUniqueOrThrow({ where: { recordId } });
    expect(article.publishAt.toISOString()).toBe("2099-02-28T16:00:00.000Z");
    expect(await db().article.count({ where: { AND: [{ recordId }, publicArticleWhere()] } })).toBe(0);
  });

  it("withdraws a published item only with a reason, by a finalizer, and records it", async () => {
    const { recordId } = await act("yzk", { action: "submit", data: await draftData() });
    for (const [u, a] of [["yzk-kz", "chief_approve"], ["fjz2", "deputy_approve"], ["yzk", "push"], ["xxtjk-kz", "finalize"], ["xck-kz", "finalize"]] as const) await step(u, recordId, a);
    expect((await refusal(step("yzk", recordId, "withdraw", { opinion: "不想发了" }))).code).toBe("forbidden");
    expect(await refusal(step("xck-kz", recordId, "withdraw"))).toBeInstanceOf(FieldErrors);
    expect((await step("xck-kz", recordId, "withdraw", { opinion: "信息已过时" })).state).toBe("withdrawn");
    const article = await db().article.findUniqueOrThrow({ where: { recordId } });
    expect(article.withdrawnAt).not.toBeNull();
    expect(article.withdrawReason).toBe("信息已过时");
    expect((await db().formEvent.findFirstOrThrow({ where: { recordId, action: "withdraw" } })).opinion).toBe("信息已过时");
  });

  it("hides a record from accounts outside its workflow and refuses anonymous callers", async () => {
    const { recordId, version } = await act("yzk", { action: "submit", data: await draftData() });
    expect((await refusal(act("xck", { recordId, action: "save", version, data: await draftData() }))).code).toBe("not_found");
    expect((await refusal(act(null, { recordId, action: "chief_approve", version }))).code).toBe("not_found");
    expect((await refusal(act(null, { action: "submit", data: await draftData() }))).code).toBe("unauthenticated");
    expect((await refusal(act("rcq-xxy", { action: "submit", data: await draftData() }))).code).toBe("forbidden");
  });
});
