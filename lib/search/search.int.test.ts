import { describe, expect, it } from "vitest";
import { articleSearchFields } from "@/lib/content/search-fields";
import { db } from "@/test/integration/db";
import { searchColumns } from "./columns";
import { parseSearchParams } from "./options";
import { buildSearchQuery } from "./query";
import { CANDIDATE_CAP, searchArticles, type SearchFilters, type SearchSort } from "./search";
import { forgetSearchStats } from "./stats";

const DAY = 86_400_000;

async function makeArticle(title: string, bodyHtml: string, extra: { publishAt?: Date; withdrawnAt?: Date; column?: string } = {}) {
  const column = await db().column.findUniqueOrThrow({ where: { slug: extra.column ?? "health" } });
  return db().article.create({
    data: { columnId: column.id, sectionId: "xck", title, bodyHtml, publishAt: extra.publishAt ?? new Date(Date.now() - 60_000), isDemo: true, withdrawnAt: extra.withdrawnAt, ...articleSearchFields(title, bodyHtml) },
  });
}

const ids = (r: Awaited<ReturnType<typeof searchArticles>>) => r.hits.map((h) => h.id);
const search = (q: string, sort: SearchSort = "relevance", filters: SearchFilters = {}, page = 1) => searchArticles(buildSearchQuery(q), page, sort, filters);

/** Every id one can page through. */
async function allIds(q: string, filters: SearchFilters = {}) {
  const out: number[] = [];
  for (let page = 1; ; page++) {
    const r = await search(q, "relevance", filters, page);
    out.push(...ids(r));
    if (page >= r.pages) return out;
  }
}

/** Filters as the /search form gives them. */
async function withOptions(params: Record<string, string>) {
  const parsed = parseSearchParams(params, await searchColumns(db()));
  expect(parsed.errors).toEqual([]);
  return parsed.filters;
}

describe("searchArticles", () => {
  it("finds an article by any phrase pasted from it, across word boundaries, and highlights it", async () => {
    const a = await makeArticle("本文为门户网站管理说明", "<p>本局坚持以人民健康为中心，不断提高卫生计生服务水平，方便群众办事。公众可通过本网站查询<strong>恙虫病</strong>防治知识。</p>");
    for (const phrase of ["不断提高卫", "过本网", "便群", "文为门", "恙虫", "中心，不断"]) {
      expect(await allIds(phrase), phrase).toContain(a.id);
    }
    const hit = (await search("恙虫病")).hits.find((h) => h.id === a.id)!;
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toContain("恙虫病");
    expect(hit.snippet.map((p) => p.text).join("")).not.toContain("<strong>");
    // a single character, also the last of a run
    expect(await allIds("恙")).toContain(a.id);
    expect(await allIds("务")).toContain(a.id);
  });

  it("never finds withdrawn, not yet due, or hidden-column items", async () => {
    const hidden = await db().column.create({ data: { slug: "search-hidden", name: "未公开栏目", group: "topics", visible: false, isDemo: true } });
    const withdrawn = await makeArticle("撤回的钩端螺旋体病通知", "<p>钩端螺旋体病</p>", { withdrawnAt: new Date() });
    const future = await makeArticle("定时发布的钩端螺旋体病提示", "<p>钩端螺旋体病</p>", { publishAt: new Date(Date.now() + 3600_000) });
    const unpublished = await makeArticle("未公开栏目的钩端螺旋体病资料", "<p>钩端螺旋体病</p>", { column: hidden.slug });
    const live = await makeArticle("钩端螺旋体病防治知识", "<p>钩端螺旋体病</p>");
    for (const q of ["钩端螺旋体病", "螺旋", "钩"]) {
      const found = await allIds(q);
      expect(found, q).toContain(live.id);
      for (const gone of [withdrawn, future, unpublished]) expect(found, q).not.toContain(gone.id);
    }
    expect((await search("钩端螺旋体病", "relevance", { titleOnly: true })).total).toBe(1);
  });

  it("ranks exact title matches first, then exact phrases, then scattered pieces, each newest first", async () => {
    const titleOld = await makeArticle("蚊媒监测点设置方案", "<p>方案全文。</p>", { publishAt: new Date(Date.now() - 30 * DAY) });
    const bodyOld = await makeArticle("夏季防病提示之一", "<p>全市新增蚊媒监测点十处。</p>", { publishAt: new Date(Date.now() - 20 * DAY) });
    const bodyNew = await makeArticle("夏季防病提示之二", "<p>各区蚊媒监测点已启用。</p>", { publishAt: new Date(Date.now() - 10 * DAY) });
    // every piece (蚊媒, 媒监, 监测, 测点) but never the phrase itself, and newest of all
    const scattered = await makeArticle("夏季防病提示之三", "<p>蚊媒、媒监测、监测与测点。</p>");
    expect(ids(await search("蚊媒监测点"))).toEqual([titleOld.id, bodyNew.id, bodyOld.id, scattered.id]);
    expect(ids(await search("蚊媒监测点", "date"))).toEqual([scattered.id, bodyNew.id, bodyOld.id, titleOld.id]);
  });

  it("pages through results and reports the exact total when there are few", async () => {
    for (let i = 0; i < 12; i++) await makeArticle(`诺如病毒防控第${i}期`, "<p>诺如病毒</p>");
    const p1 = await search("诺如病毒", "date");
    const p2 = await search("诺如病毒", "date", {}, 2);
    expect(p1).toMatchObject({ total: 12, estimated: false, pages: 2 });
    expect(p1.hits).toHaveLength(10);
    expect(p2.hits).toHaveLength(2);
    expect(new Set([...ids(p1), ...ids(p2)]).size).toBe(12);
    expect(await search("诺如病毒", "date", {}, 9)).toMatchObject({ hits: [], total: 12, pages: 2 });
  });

  it("beyond the cap shows an estimate, and still lists the newest matches first across the years", async () => {
    const column = await db().column.findUniqueOrThrow({ where: { slug: "news" } });
    const now = Date.now();
    const rows = Array.from({ length: CANDIDATE_CAP + 40 }, (_, i) => {
      const title = `鼠疫监测周报第${i}期`;
      const bodyHtml = "<p>本周未发现鼠疫疫情。</p>";
      // spread over three years, so that the newest months alone do not hold the cap
      return { columnId: column.id, sectionId: "xck", title, bodyHtml, publishAt: new Date(now - ((i * 7919) % 1095) * DAY - 60_000), isDemo: true, ...articleSearchFields(title, bodyHtml) };
    });
    await db().article.createMany({ data: rows });
    const r = await search("鼠疫", "date");
    expect(r.estimated).toBe(true);
    expect(r.total).toBeGreaterThanOrEqual(CANDIDATE_CAP);
    expect(r.pages).toBe(CANDIDATE_CAP / 10);
    const newest = await db().article.findMany({ where: { title: { startsWith: "鼠疫监测周报" } }, orderBy: [{ publishAt: "desc" }, { id: "desc" }], take: 10, select: { id: true } });
    expect(ids(r)).toEqual(newest.map((a) => a.id));
    // with PostgreSQL's statistics: windows that cannot fill are skipped, the same newest
    // items come first, and the estimate is read off the publication-time histogram
    await db().$executeRawUnsafe("ANALYZE articles");
    forgetSearchStats();
    const analysed = await search("鼠疫", "date");
    expect(ids(analysed)).toEqual(newest.map((a) => a.id));
    expect(analysed.estimated).toBe(true);
    expect(analysed.total).toBeGreaterThanOrEqual(CANDIDATE_CAP);
    expect(analysed.total).toBeLessThanOrEqual(2 * rows.length);
    // under the cap within the last month: exact again
    const week = await search("鼠疫", "date", { from: new Date(now - 30 * DAY) });
    expect(week.estimated).toBe(false);
    expect(week.total).toBe(rows.filter((a) => a.publishAt.getTime() >= now - 30 * DAY).length);
  });

  it("answers hostile queries without an error", async () => {
    for (const q of ["'); DROP TABLE articles; --", "a & | ! :* ()", "《》！？", "卫生".repeat(1000), "\\'\\\\"]) {
      await expect(search(q)).resolves.toBeDefined();
    }
    await expect(search("卫生", "relevance", { excludeTerms: ["'); drop", "x:*"], columnIds: ["x' | '"] })).resolves.toBeDefined();
    expect(await db().article.count()).toBeGreaterThan(0);
  });
});

describe("search options", () => {
  it("within a column, by date, by title only, and leaving out a word", async () => {
    const a = await makeArticle("手足口病防控工作方案", "<p>托幼机构晨午检。</p>", { column: "notices", publishAt: new Date("2025-03-10T02:00:00Z") });
    const b = await makeArticle("儿童健康提示", "<p>预防手足口病，勤洗手。托幼机构晨午检。</p>", { column: "health", publishAt: new Date("2025-06-10T02:00:00Z") });
    expect(await allIds("手足口病")).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await allIds("手足口病", await withOptions({ column: "notices" }))).toEqual([a.id]);
    expect(await allIds("手足口病", await withOptions({ from: "2025-06-01", to: "2025-06-10" }))).toEqual([b.id]);
    // the end day counts whole, in Beijing time
    expect(await allIds("手足口病", await withOptions({ from: "2025-03-10", to: "2025-03-10" }))).toEqual([a.id]);
    expect(await allIds("手足口病", await withOptions({ scope: "title" }))).toEqual([a.id]);
    expect(await allIds("晨午检", await withOptions({ exclude: "勤洗手" }))).toEqual([a.id]);
    expect(await allIds("晨午检", await withOptions({ exclude: "方案 洗手" }))).toEqual([]);
  });
});

describe("the database's fallback tokens", () => {
  it("makes an article written without articleSearchFields findable with the same tokens, and follows its edits", async () => {
    const column = await db().column.findUniqueOrThrow({ where: { slug: "health" } });
    const bodyHtml = "<p>托幼机构要落实晨午检制度，ＣＯＶＩＤ19&nbsp;同理。</p>";
    const a = await db().article.create({
      data: { columnId: column.id, sectionId: "xck", title: "手足口病预防指引", bodyHtml, publishAt: new Date(Date.now() - 60_000), isDemo: true },
    });
    const row = await db().article.findUniqueOrThrow({ where: { id: a.id } });
    const app = articleSearchFields(a.title, bodyHtml);
    expect(row.searchTitle.split(" ").sort()).toEqual(app.searchTitle.split(" ").sort());
    expect(row.searchBody.split(" ").sort()).toEqual(app.searchBody.split(" ").sort());
    for (const q of ["手足口病", "午检制", "covid19"]) expect(await allIds(q), q).toContain(a.id);
    await db().article.update({ where: { id: a.id }, data: { title: "水痘预防指引", bodyHtml: "<p>接种水痘疫苗。</p>" } });
    expect(await allIds("手足口病")).not.toContain(a.id);
    expect(await allIds("水痘")).toContain(a.id);
  });

  it("leaves the application's own tokens alone", async () => {
    const a = await makeArticle("登革热防控", "<p>清除积水。</p>");
    const row = await db().article.findUniqueOrThrow({ where: { id: a.id }, select: { searchTitle: true } });
    expect(row.searchTitle).toBe(articleSearchFields("登革热防控", "").searchTitle);
  });
});
