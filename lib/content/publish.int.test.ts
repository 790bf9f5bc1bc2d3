import { describe, expect, it } from "vitest";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { FieldErrors } from "@/lib/form-engine/errors";
import { buildSearchQuery } from "@/lib/search/query";
import { searchArticles } from "@/lib/search/search";
import { db } from "@/test/integration/db";
import { articleSearchFields } from "./search-fields";
import { parseServiceGuide } from "./service-guide";

const FORM = "publication-approval";

async function run(username: string, recordId: string | null, action: string, data?: Record<string, unknown>) {
  const version = recordId ? (await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).version : null;
  return transition(db(), await actorOf(db(), username), { formKey: FORM, recordId, action, version, data });
}

async function guideDraft(over: Record<string, unknown> = {}) {
  const column = (await db().column.findUniqueOrThrow({ where: { slug: "guides" } })).id;
  return {
    secret: "no", special: "no", column, publishDate: "2020-01-01",
    title: "护士执业注册办事指南", body: "<p>申请护士执业注册的单位和个人请按以下流程办理：蝶变申报。</p>",
    applyUrl: "https://www.gdzwfw.gov.cn/apply/hszc", consultUrl: "/mailbox?box=opinion", progressUrl: "", resultUrl: "https://www.gdzwfw.gov.cn/result",
    materials: [{ name: "护士执业注册申请审核表", note: "原件一份", downloadUrl: "/api/uploads/sample" }, { name: "身份证复印件", note: "", downloadUrl: "" }],
    ...over,
  };
}

describe("publishing a 办事指南 item (Art. 13)", () => {
  it("carries its online-service links and materials, and is found by search, once published", async () => {
    const { recordId } = await run("yzk", null, "submit", await guideDraft());
    await run("yzk-kz", recordId, "chief_approve");
    await run("fjz2", recordId, "deputy_approve");
    await run("yzk", recordId, "push");
    await run("xxtjk-kz", recordId, "finalize");
    expect((await run("xck-kz", recordId, "finalize")).state).toBe("published");

    const article = await db().article.findUniqueOrThrow({ where: { recordId } });
    expect(parseServiceGuide(article.serviceGuide)).toEqual({
      applyUrl: "https://www.gdzwfw.gov.cn/apply/hszc",
      consultUrl: "/mailbox?box=opinion",
      resultUrl: "https://www.gdzwfw.gov.cn/result",
      materials: [{ name: "护士执业注册申请审核表", note: "原件一份", downloadUrl: "/api/uploads/sample" }, { name: "身份证复印件" }],
    });
    // The publishing path writes the segmented search text, so a word from the body finds it.
    expect(article.searchBody).toBe(articleSearchFields(article.title, article.bodyHtml).searchBody);
    const found = await searchArticles(buildSearchQuery("蝶变申报"), 1, "relevance");
    expect(found.hits.map((h) => h.id)).toContain(article.id);
  });

  it("refuses a service link that is not a web address", async () => {
    const err = await run("yzk", null, "submit", await guideDraft({ applyUrl: "javascript:alert(1)" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FieldErrors);
    expect((err as FieldErrors).fields.applyUrl).toContain("链接须以");
  });

  it("ignores 办事指南 fields sent for another column: neither validated, stored nor published", async () => {
    const news = (await db().column.findUniqueOrThrow({ where: { slug: "news" } })).id;
    // A forged request: guide values (one not even a web address) on a 工作动态 item.
    const { recordId } = await run("yzk", null, "submit", await guideDraft({ column: news, applyUrl: "javascript:alert(1)" }));
    const stored = (await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).data as Record<string, unknown>;
    expect([stored.applyUrl, stored.consultUrl, stored.resultUrl, stored.materials]).toEqual(["", "", "", []]);
    await run("yzk-kz", recordId, "chief_approve");
    await run("fjz2", recordId, "deputy_approve");
    await run("yzk", recordId, "push");
    await run("xxtjk-kz", recordId, "finalize");
    await run("xck-kz", recordId, "finalize");
    expect((await db().article.findUniqueOrThrow({ where: { recordId } })).serviceGuide).toBeNull();
  });

  it("stores no guide for an item without links or materials", async () => {
    const { recordId } = await run("yzk", null, "submit", await guideDraft({ applyUrl: "", consultUrl: "", resultUrl: "", materials: [] }));
    await run("yzk-kz", recordId, "chief_approve");
    await run("fjz2", recordId, "deputy_approve");
    await run("yzk", recordId, "push");
    await run("xxtjk-kz", recordId, "finalize");
    await run("xck-kz", recordId, "finalize");
    expect((await db().article.findUniqueOrThrow({ where: { recordId } })).serviceGuide).toBeNull();
  });
});
