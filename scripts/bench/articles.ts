// Realistic articles in bulk for the search benchmark: sentences of the bureau's own 门户网站管理办法
// and the seed's vocabulary, spread over the list columns and three years, indexed exactly as
// the application indexes them (articleSearchFields) and inserted a thousand at a time.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { articleSearchFields } from "../../lib/content/search-fields";
import { DEMO_ARTICLES } from "../../prisma/seed/articles";

// A copy of the bureau's 门户网站管理办法（试行）(2016), the document the project is built from.
const SOURCE = path.join(import.meta.dirname, "portal-management-measures-2016.txt");
const BATCH = 1000;
const YEARS = 3;

const TOPICS = [
  "医疗质量安全", "传染病防治", "预防接种", "家庭医生签约服务", "无偿献血", "食品安全", "登革热防控", "计划生育奖励扶助",
  "医师定期考核", "公共场所卫生许可", "基本公共卫生服务", "门户网站信息发布", "网站安全管理", "政府信息公开", "医疗废物管理",
  "健康教育", "妇幼健康", "爱国卫生运动", "慢性病防治", "卫生应急", "医疗机构执业登记", "中医药服务", "院感防控", "职业病防治",
];
const TITLE_PATTERNS = [
  (t: string, y: number) => `关于做好${y}年${t}工作的通知`,
  (t: string) => `关于进一步加强${t}工作的通知`,
  (t: string, y: number) => `${y}年全市${t}工作要点`,
  (t: string) => `市卫生计生局召开全市${t}工作会议`,
  (t: string) => `${t}情况通报`,
  (t: string) => `${t}知识问答`,
  (t: string, y: number) => `揭阳市${y}年${t}工作总结`,
];

/** A small deterministic random source, so that two runs build the same archive. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(a: T[]): T => a[Math.floor(next() * a.length)]! };
}

function sentences(): string[] {
  const text = fs.readFileSync(SOURCE, "utf8");
  const fromDoc = text.split(/[。；\n]/).map((s) => s.trim()).filter((s) => [...s].length >= 8);
  const fromSeed = Object.values(DEMO_ARTICLES).flat().map((t) => `${t}已经局领导审定`);
  return [...fromDoc, ...fromSeed];
}

interface Generated {
  columnId: string;
  sectionId: string;
  title: string;
  bodyHtml: string;
  publishAt: Date;
  withdrawnAt: Date | null;
}

/** One article: a title from the patterns or the seed, 2–4 paragraphs of the source's sentences, a 文号 and a phone number. */
function article(r: ReturnType<typeof random>, pool: string[], column: { id: string; sectionId: string }, now: number, publishAt: Date): Generated {
  const year = publishAt.getUTCFullYear();
  const title = r.next() < 0.15 ? r.pick(Object.values(DEMO_ARTICLES).flat()) : r.pick(TITLE_PATTERNS)(r.pick(TOPICS), year);
  const paragraphs: string[] = [];
  const count = 2 + r.int(3);
  for (let p = 0; p < count; p++) {
    const ss = Array.from({ length: 2 + r.int(4) }, () => r.pick(pool));
    if (p === 0) ss.unshift(`为做好${r.pick(TOPICS)}工作，根据揭市卫〔${year}〕${1 + r.int(300)}号文件精神`);
    paragraphs.push(`<p>${ss.join("，")}。</p>`);
  }
  paragraphs.push(`<p>联系电话：0663-8${String(r.int(1_000_000)).padStart(6, "0")}。</p>`);
  const roll = r.next();
  return {
    columnId: column.id,
    sectionId: column.sectionId,
    title,
    bodyHtml: paragraphs.join("\n"),
    // about 1 in 100 withdrawn, 1 in 200 scheduled for later: both must stay unfound
    publishAt: roll > 0.995 ? new Date(now + (1 + r.int(30)) * 86_400_000) : publishAt,
    withdrawnAt: roll < 0.01 ? new Date(publishAt.getTime() + 86_400_000) : null,
  };
}

/** Inserts n generated articles into the database at url (marked isDemo). Returns the time taken in ms. */
export async function seedArticles(url: string, n: number, seed = 16): Promise<number> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ id: string; sectionId: string }>(`
      SELECT c.id, min(cs."sectionId") AS "sectionId" FROM columns c JOIN column_sections cs ON cs."columnId" = c.id
      WHERE c.kind = 'list' GROUP BY c.id ORDER BY c.id`);
    if (!columns.length) throw new Error("no list column with a section: seed the database first");
    const r = random(seed);
    const pool = sentences();
    const now = Date.now();
    // Oldest first, as a site's archive grows: the table's physical order follows time.
    const times = Array.from({ length: n }, () => now - r.next() * YEARS * 365 * 86_400_000).sort((a, b) => a - b);
    for (let done = 0; done < n; done += BATCH) {
      const batch = times.slice(done, done + BATCH).map((t) => article(r, pool, r.pick(columns), now, new Date(t)));
      const fields = batch.map((a) => articleSearchFields(a.title, a.bodyHtml));
      await client.query(
        `INSERT INTO articles ("columnId", "sectionId", title, "bodyHtml", "publishAt", "withdrawnAt", "searchTitle", "searchBody", "isDemo", "updatedAt")
         SELECT *, true, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamp[], $6::timestamp[], $7::text[], $8::text[])`,
        [
          batch.map((a) => a.columnId), batch.map((a) => a.sectionId), batch.map((a) => a.title), batch.map((a) => a.bodyHtml),
          batch.map((a) => a.publishAt.toISOString()), batch.map((a) => a.withdrawnAt?.toISOString() ?? null),
          fields.map((f) => f.searchTitle), fields.map((f) => f.searchBody),
        ],
      );
      if (process.stdout.isTTY) process.stdout.write(`\r  ${done + batch.length} / ${n} articles`);
    }
    if (process.stdout.isTTY) process.stdout.write("\n");
    await client.query("VACUUM ANALYZE articles");
  } finally {
    await client.end();
  }
  return Date.now() - started;
}
