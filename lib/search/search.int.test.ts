import { describe, expect, it } from "vitest";
import { articleSearchFields } from "@/lib/content/search-fields";
import { db } from "@/test/integration/db";
import { buildSearchQuery } from "./query";
import { searchArticles } from "./search";

async function makeArticle(title: string, bodyHtml: string, extra: { publishAt?: Date; withdrawnAt?: Date } = {}) {
  const column = await db().column.findUniqueOrThrow({ where: { slug: "health" } });
  return db().article.create({
    data: { columnId: column.id, sectionId: "xck", title, bodyHtml, publishAt: extra.publishAt ?? new Date(Date.now() - 60_000), isDemo: true, withdrawnAt: extra.withdrawnAt, ...articleSearchFields(title, bodyHtml) },
  });
}

const ids = (r: Awaited<ReturnType<typeof searchArticles>>) => r.hits.map((h) => h.id);

describe("searchArticles", () => {
  it("finds a published item by a Chinese word from its body and highlights it", async () => {
    const a = await makeArticle("秋冬季节健康提示", "<p>近期气温骤降，请注意预防<strong>恙虫病</strong>和流行性感冒。</p>");
    const r = await searchArticles(buildSearchQuery("恙虫病"), 1, "relevance");
    expect(ids(r)).toContain(a.id);
    const hit = r.hits.find((h) => h.id === a.id)!;
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toContain("恙虫病");
    expect(hit.snippet.map((p) => p.text).join("")).not.toContain("<strong>");
    // part of a long word, whichever way the dictionary cut it
    expect(ids(await searchArticles(buildSearchQuery("恙虫"), 1, "relevance"))).toContain(a.id);
  });

  it("leaves out withdrawn and not yet due items", async () => {
    const withdrawn = await makeArticle("撤回的钩端螺旋体病通知", "<p>钩端螺旋体病</p>", { withdrawnAt: new Date() });
    const future = await makeArticle("定时发布的钩端螺旋体病提示", "<p>钩端螺旋体病</p>", { publishAt: new Date(Date.now() + 3600_000) });
    const live = await makeArticle("钩端螺旋体病防治知识", "<p>钩端螺旋体病</p>");
    const found = ids(await searchArticles(buildSearchQuery("钩端螺旋体病"), 1, "relevance"));
    expect(found).toContain(live.id);
    expect(found).not.toContain(withdrawn.id);
    expect(found).not.toContain(future.id);
  });

  it("ranks a title match first, or the newest first when sorted by date", async () => {
    const older = await makeArticle("布鲁氏菌病防控要点", "<p>防控要点。</p>", { publishAt: new Date(Date.now() - 86_400_000) });
    const newer = await makeArticle("畜牧从业人员健康提示", "<p>注意布鲁氏菌病。</p>");
    expect(ids(await searchArticles(buildSearchQuery("布鲁氏菌病"), 1, "relevance")).slice(0, 2)).toEqual([older.id, newer.id]);
    expect(ids(await searchArticles(buildSearchQuery("布鲁氏菌病"), 1, "date")).slice(0, 2)).toEqual([newer.id, older.id]);
  });

  it("pages through many results and reports the total past the last page", async () => {
    for (let i = 0; i < 12; i++) await makeArticle(`诺如病毒防控第${i}期`, "<p>诺如病毒</p>");
    const p1 = await searchArticles(buildSearchQuery("诺如病毒"), 1, "date");
    const p2 = await searchArticles(buildSearchQuery("诺如病毒"), 2, "date");
    expect(p1.hits).toHaveLength(10);
    expect(p1.total).toBe(12);
    expect(p2.hits).toHaveLength(2);
    expect(new Set([...ids(p1), ...ids(p2)]).size).toBe(12);
    const past = await searchArticles(buildSearchQuery("诺如病毒"), 9, "date");
    expect(past).toMatchObject({ hits: [], total: 12, pages: 2 });
  });

  it("answers hostile queries without an error", async () => {
    for (const q of ["'); DROP TABLE articles; --", "a & | ! :* ()", "《》！？", "卫生".repeat(1000), "\\'\\\\"]) {
      await expect(searchArticles(buildSearchQuery(q), 1, "relevance")).resolves.toBeDefined();
    }
    expect(await db().article.count()).toBeGreaterThan(0);
  });
});

describe("the database's fallback segmentation", () => {
  it("makes an article written without articleSearchFields findable, and follows its edits", async () => {
    const column = await db().column.findUniqueOrThrow({ where: { slug: "health" } });
    const a = await db().article.create({
      data: { columnId: column.id, sectionId: "xck", title: "手足口病预防指引", bodyHtml: "<p>托幼机构要落实晨午检制度，COVID19 同理。</p>", publishAt: new Date(Date.now() - 60_000), isDemo: true },
    });
    for (const q of ["手足口病", "晨午检", "covid19"]) expect(ids(await searchArticles(buildSearchQuery(q), 1, "relevance")), q).toContain(a.id);
    await db().article.update({ where: { id: a.id }, data: { title: "水痘预防指引", bodyHtml: "<p>接种水痘疫苗。</p>" } });
    expect(ids(await searchArticles(buildSearchQuery("手足口病"), 1, "relevance"))).not.toContain(a.id);
    expect(ids(await searchArticles(buildSearchQuery("水痘"), 1, "relevance"))).toContain(a.id);
  });

  it("leaves the application's own segmentation alone", async () => {
    const a = await makeArticle("登革热防控", "<p>清除积水。</p>");
    const row = await db().article.findUniqueOrThrow({ where: { id: a.id }, select: { searchTitle: true } });
    expect(row.searchTitle).toBe(articleSearchFields("登革热防控", "").searchTitle);
  });
});
