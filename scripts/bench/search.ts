// Site search figures at scale: p50/p95 per kind of query through searchArticles (the function
// /search calls), and the recall of phrases pasted from published articles.
import { createPrisma, type Db } from "../../lib/db/client";
import { buildSearchQuery } from "../../lib/search/query";
import { searchArticles, type SearchSort } from "../../lib/search/search";
import { htmlToText } from "../../lib/search/snippet";
import { PUBLIC_ARTICLE_SQL } from "../../lib/content/visibility";

const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 40);
const PHRASES = Number(process.env.BENCH_SEARCH_PHRASES ?? 300);
export const P95_TARGET_MS = 150;

interface Published {
  id: number;
  title: string;
  bodyHtml: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function timeQuery(db: Db, q: string, sort: SearchSort = "relevance"): Promise<number> {
  const t = performance.now();
  await searchArticles(buildSearchQuery(q), 1, sort, {}, db);
  return performance.now() - t;
}

/** Random published articles (the public rule), in a stable order for a given count. */
async function samplePublished(db: Db, n: number): Promise<Published[]> {
  return db.$queryRaw<Published[]>`
    SELECT a.id, a.title, a."bodyHtml" FROM articles a JOIN columns c ON c.id = a."columnId"
    WHERE ${PUBLIC_ARTICLE_SQL} ORDER BY md5(a.id::text) LIMIT ${n}`;
}

/** A phrase of 2–8 characters cut at a random place of an article's visible text, holding at least two letters or digits. */
function cutPhrase(a: Published, rnd: () => number): string {
  const text = [...`${a.title} ${htmlToText(a.bodyHtml)}`];
  for (;;) {
    const len = 2 + Math.floor(rnd() * 7);
    const start = Math.floor(rnd() * Math.max(1, text.length - len));
    const phrase = text.slice(start, start + len).join("");
    if ((phrase.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2) return phrase;
  }
}

export interface SearchFigures {
  kinds: { kind: string; query: string; p50: number; p95: number }[];
  recall: { phrases: number; matched: number; exact: number; listed: number };
}

/** Prints and returns the figures for the database at url (seeded with seedArticles first). */
export async function measureSearch(url: string): Promise<SearchFigures> {
  const db = createPrisma(url);
  try {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const sample = await samplePublished(db, Math.max(PHRASES, RUNS));
    const phrases = sample.slice(0, PHRASES).map((a) => ({ id: a.id, phrase: cutPhrase(a, rnd) }));
    const numbers = sample.slice(0, RUNS).map((a) => /0663-(\d{7})/.exec(a.bodyHtml)?.[1] ?? "8000000");
    const kinds: { kind: string; queries: string[] }[] = [
      { kind: "common word", queries: ["卫生"] },
      { kind: "two words", queries: ["网站 安全"] },
      { kind: "long title", queries: ["揭阳市卫生和计划生育局门户网站管理办法"] },
      { kind: "rare number", queries: numbers },
      { kind: "pasted phrase", queries: phrases.slice(0, RUNS).map((p) => p.phrase) },
      { kind: "common word, by date", queries: ["卫生"] },
    ];
    for (const k of kinds) await timeQuery(db, k.queries[0]!); // warm the caches once
    const figures: SearchFigures = { kinds: [], recall: { phrases: phrases.length, matched: 0, exact: 0, listed: 0 } };
    console.log(`search over ${await db.article.count()} articles, ${RUNS} runs per kind (target p95 ≤ ${P95_TARGET_MS} ms)`);
    for (const k of kinds) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeQuery(db, k.queries[i % k.queries.length]!, k.kind.endsWith("by date") ? "date" : "relevance"));
      times.sort((a, b) => a - b);
      const row = { kind: k.kind, query: k.queries.length > 1 ? `${k.queries.length} different` : k.queries[0]!, p50: percentile(times, 50), p95: percentile(times, 95) };
      figures.kinds.push(row);
      console.log(`  ${row.kind.padEnd(22)} ${row.query.padEnd(24)} p50 ${row.p50.toFixed(1).padStart(6)} ms   p95 ${row.p95.toFixed(1).padStart(6)} ms${row.p95 > P95_TARGET_MS ? "   ✗ over target" : ""}`);
    }
    // Matched: the article satisfies the very tsquery searchArticles uses (found, whatever its
    // rank). Listed: for a phrase with an exact total (≤ CANDIDATE_CAP matches), the article
    // is among the results one pages through. A common phrase (thousands of matches in an
    // archive written from one document) lists its newest matches first, so it is not counted.
    for (const p of phrases) {
      const q = buildSearchQuery(p.phrase);
      const [m] = await db.$queryRaw<{ ok: boolean }[]>`SELECT search_vector @@ ${q.tsquery}::tsquery AS ok FROM articles WHERE id = ${p.id}`;
      if (m?.ok) figures.recall.matched++;
      else console.log(`  not matched: article ${p.id}, phrase “${p.phrase}”`);
      const first = await searchArticles(q, 1, "relevance", {}, db);
      if (first.estimated) continue;
      figures.recall.exact++;
      const listed = first.hits.map((h) => h.id);
      for (let page = 2; page <= first.pages && !listed.includes(p.id); page++) listed.push(...(await searchArticles(q, page, "relevance", {}, db)).hits.map((h) => h.id));
      if (listed.includes(p.id)) figures.recall.listed++;
      else console.log(`  not listed: article ${p.id}, phrase “${p.phrase}”`);
    }
    const pct = (n: number, of: number) => (of ? ((100 * n) / of).toFixed(1) : "–");
    console.log(`  pasted-phrase recall: ${figures.recall.matched}/${figures.recall.phrases} matched (${pct(figures.recall.matched, figures.recall.phrases)}%); ` +
      `of the ${figures.recall.exact} with an exact total, ${figures.recall.listed} listed in the results (${pct(figures.recall.listed, figures.recall.exact)}%)`);
    return figures;
  } finally {
    await db.$disconnect();
  }
}
