// Art. 10 single-page columns: the responsible section picks its page on the approval form; the
// full Art. 9 path publishes; the page's text is replaced only then, every earlier text is kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FieldErrors } from "@/lib/form-engine/errors";
import { responsibleColumns } from "@/lib/form-engine/options";
import { actorOf } from "@/lib/form-engine/test-actors";
import { newRecordView } from "@/lib/form-engine/view";
import { db } from "@/test/integration/db";
import { formSteps, refusal } from "@/test/integration/steps";
import { pageHistory } from "./page-versions";

const FORM = "publication-approval";
const uniq = () => Math.random().toString(36).slice(2, 8);
let original: { id: string; pageBody: string | null };

const { act, step } = formSteps(FORM);

const item = (column: string, body: string, title = `机构职能更新 ${uniq()}`) =>
  ({ secret: "no", title, body, column, publishDate: "2026-01-01", special: "no", applyDate: "2026-01-01" });

/** 人事科 drafts and submits, its chief reviews, fjz1 approves, 人事科 pushes. */
async function throughApproval(body: string) {
  const { recordId } = await act("rsk", { action: "submit", data: item(original.id, body) });
  await step("rsk-kz", recordId, "chief_approve");
  await step("fjz1", recordId, "deputy_approve");
  await step("rsk", recordId, "push");
  return recordId;
}

async function pageBody() {
  return (await db().column.findUniqueOrThrow({ where: { id: original.id } })).pageBody;
}

describe("single-page columns (Art. 10)", () => {
  beforeAll(async () => {
    original = await db().column.findUniqueOrThrow({ where: { slug: "functions" }, select: { id: true, pageBody: true } });
  });
  // Other test files share this database: the page gets its seeded text back.
  afterAll(async () => {
    await db().columnPageVersion.deleteMany({ where: { columnId: original.id } });
    await db().column.update({ where: { id: original.id }, data: { pageBody: original.pageBody } });
  });

  it("offers each section its own single pages in the column picker, and only those", async () => {
    const rsk = await newRecordView(db(), await actorOf(db(), "rsk"), FORM);
    expect(rsk?.columns.map((c) => c.slug)).toEqual(["functions"]);
    expect(rsk?.columns[0]?.name).toContain("单页");
    const bgs = (await responsibleColumns(db(), "bgs")).map((c) => c.slug);
    expect(bgs).toEqual(expect.arrayContaining(["on-request", "service-pledge", "gov-info"]));
    expect(bgs).not.toContain("functions");
    // Another section cannot send 机构职能, even by posting its id.
    const err = await refusal(act("yzk", { action: "submit", data: item(original.id, "<p>篡改</p>") }));
    expect(err).toBeInstanceOf(FieldErrors);
    expect((err as FieldErrors).fields.column).toContain("第十条");
    expect((await refusal(act(null, { action: "submit", data: item(original.id, "<p>匿名</p>") }))).code).toBe("unauthenticated");
  });

  it("replaces the page's text only when both finalizers have signed, keeping every earlier text", async () => {
    const seeded = original.pageBody!;
    const recordId = await throughApproval("<h2>主要职责</h2><p>新版职能：负责全市卫生健康工作。</p><script>alert(1)</script>");
    expect(await pageBody()).toBe(seeded);
    await step("xxtjk-kz", recordId, "finalize");
    expect(await pageBody()).toBe(seeded);
    expect((await step("xck-kz", recordId, "finalize")).state).toBe("published");

    expect(await pageBody()).toBe("<h2>主要职责</h2><p>新版职能：负责全市卫生健康工作。</p>");
    // Not an article in a list: nothing was written to articles for the record.
    expect(await db().article.findUnique({ where: { recordId } })).toBeNull();
    const history = await pageHistory(db(), "functions");
    expect(history!.versions.map((v) => [v.number, v.recordId, v.bodyHtml])).toEqual([
      [2, recordId, "<h2>主要职责</h2><p>新版职能：负责全市卫生健康工作。</p>"],
      [1, null, seeded],
    ]);
    expect(history!.versions[0]).toMatchObject({ sectionName: "人事科" });
  });

  it("keeps a third version on the next change, and falls back to the one before on 撤稿", async () => {
    const recordId = await throughApproval("<p>第三版内容。</p>");
    await step("xck-kz", recordId, "finalize");
    await step("xxtjk-kz", recordId, "finalize");
    expect(await pageBody()).toBe("<p>第三版内容。</p>");
    expect((await pageHistory(db(), "functions"))!.versions).toHaveLength(3);

    // Only a finalizer withdraws; the drafter cannot.
    expect((await refusal(step("rsk", recordId, "withdraw", { opinion: "内容有误" }))).code).toMatch(/forbidden|not_found/);
    await step("xxtjk-kz", recordId, "withdraw", { opinion: "内容有误" });
    expect(await pageBody()).toBe("<h2>主要职责</h2><p>新版职能：负责全市卫生健康工作。</p>");
    const versions = (await pageHistory(db(), "functions"))!.versions;
    expect(versions).toHaveLength(3);
    expect(versions[0]!.withdrawnAt).not.toBeNull();
  });

  it("leaves the page alone when an item is returned instead of published", async () => {
    const before = await pageBody();
    const recordId = await throughApproval("<p>被退回的内容。</p>");
    await step("xck-kz", recordId, "finalize_return", { opinion: "请修改" });
    expect(await pageBody()).toBe(before);
    expect(await db().columnPageVersion.count({ where: { recordId } })).toBe(0);
  });
});
