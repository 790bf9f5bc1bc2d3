import { PUBLIC_ARTICLE_SQL } from "@/lib/content/visibility";
import { getDb, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { termExpression, termTokens, type SearchQuery } from "./query";
import { searchStats, shareSince, timeForShare, type SearchStats } from "./stats";
import { htmlToText, snippet, type SnippetPart } from "./snippet";

export const SEARCH_PAGE_SIZE = 10;
/**
 * At most this many of the newest matches (and as many of the newest title matches) are
 * ranked and paged; beyond it the total is the planner's estimate, shown as "约 N 条".
 */
export const CANDIDATE_CAP = 300;
/** The newest title matches ranked first even when older than every other candidate. */
const TITLE_CAP = 100;
/** Without statistics: days looked back, newest first, before the whole archive is asked. */
const WINDOWS = [7, 30, 120, 365, Infinity];
const DAY = 86_400_000;
/** A window is chosen to hold this many times CANDIDATE_CAP matches by the estimate. */
const MARGIN = 1.5;

export type SearchSort = "relevance" | "date";

export interface SearchFilters {
  /** Only articles in these columns. */
  columnIds?: string[];
  /** Published at or after. */
  from?: Date;
  /** Published before. */
  until?: Date;
  /** Match the title only. */
  titleOnly?: boolean;
  /** Leave out articles containing any of these terms (runs, as SearchQuery.terms). */
  excludeTerms?: string[];
}

export interface SearchHit {
  id: number;
  title: SnippetPart[];
  snippet: SnippetPart[];
  publishAt: Date;
  columnName: string;
  columnSlug: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** True when more than CANDIDATE_CAP matched: `total` is an estimate (约 N 条). */
  estimated: boolean;
  pages: number;
}

interface Row {
  id: number;
  title: string;
  bodyHtml: string;
  publishAt: Date;
  columnName: string;
  columnSlug: string;
}

const EMPTY: SearchResult = { hits: [], total: 0, estimated: false, pages: 0 };
const VECTORS = { all: Prisma.raw("a.search_vector"), title: Prisma.raw("a.search_title_vector") };
type Vector = keyof typeof VECTORS;

const utcDay = (t: number) => Math.floor(t / DAY) * DAY;
const dayKey = (d: Date) => d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
const monthKey = (d: Date) => d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;

/**
 * The facet tokens (migration 20261128060000_search_bigrams) of every day from `start` to the
 * end of its month, then of every month to `end` (UTC, as the index): a window of recent time.
 */
function periodTokens(start: number, end: number): string {
  const out: string[] = [];
  const s = new Date(start);
  const nextMonth = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1);
  for (let t = utcDay(start); t < nextMonth && t <= end; t += DAY) out.push(`'@d${dayKey(new Date(t))}'`);
  for (let d = new Date(nextMonth); d.getTime() <= end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) out.push(`'@m${monthKey(d)}'`);
  return `(${out.join(" | ")})`;
}

/** The tsquery of the words and the filters that the index can answer (column, exclusions). */
function filterQuery(query: SearchQuery, filters: SearchFilters): string {
  const parts = [`(${query.tsquery})`];
  for (const term of filters.excludeTerms ?? []) parts.push(`!(${termExpression(term)})`);
  const columns = (filters.columnIds ?? []).map((id) => `'@c${id.replace(/[^0-9A-Za-z_-]/g, "")}'`);
  if (filters.columnIds) parts.push(columns.length ? `(${columns.join(" | ")})` : "'@c'");
  return parts.join(" & ");
}

/** At most how many rows hold every token of the query: as many as hold its rarest token. */
function matchBound(stats: SearchStats, vector: Vector, query: SearchQuery): number {
  let share = 1;
  for (const term of query.terms) for (const token of termTokens(term)) share = Math.min(share, stats.tokenShare[vector].get(token) ?? stats.floor[vector]);
  return share * stats.rows;
}

interface Matches {
  ids: number[];
  /** Every match in the range was found (fewer than CANDIDATE_CAP). */
  complete: boolean;
  /** When not complete: the publication time of the oldest candidate (ms). */
  oldest: number;
}

/**
 * The newest matches, at most CANDIDATE_CAP. A window of recent time is asked first, through
 * the day and month tokens in the same GIN index, sized by PostgreSQL's statistics to hold
 * about MARGIN × CANDIDATE_CAP matches: a common word reads a few hundred rows, never all of
 * its matches. A window short of the cap is widened by the rate it showed; a rare word goes
 * straight to the whole range.
 */
async function newestMatches(db: Db, vector: Vector, query: SearchQuery, tsquery: string, filters: SearchFilters, now: number, stats: SearchStats | null, cap = CANDIDATE_CAP): Promise<Matches> {
  const dates = Prisma.sql`${filters.from ? Prisma.sql`AND a."publishAt" >= ${filters.from}` : Prisma.empty}
    ${filters.until ? Prisma.sql`AND a."publishAt" < ${filters.until}` : Prisma.empty}`;
  const end = filters.until && filters.until.getTime() < now ? filters.until.getTime() : now;
  const from = filters.from?.getTime() ?? -Infinity;
  // Matches expected in the whole archive: first the statistics' upper bound, then observed.
  let expected = stats ? matchBound(stats, vector, query) : 0;
  for (let attempt = 0; ; attempt++) {
    const wanted = stats
      ? expected > 0 ? timeForShare(stats, (MARGIN * cap) / expected) : -Infinity
      : end - WINDOWS[Math.min(attempt, WINDOWS.length - 1)]! * DAY;
    const start = Math.max(from, Math.min(wanted, end - DAY));
    const wholeRange = start === from;
    const windowed = end - start > 10 * 366 * DAY ? tsquery : `${tsquery} & ${periodTokens(start, end)}`;
    const rows = await db.$queryRaw<{ id: number; publishAt: Date }[]>`
      SELECT a.id, a."publishAt" FROM articles a JOIN columns c ON c.id = a."columnId"
      WHERE ${VECTORS[vector]} @@ ${windowed}::tsquery AND ${PUBLIC_ARTICLE_SQL} ${dates}
      ORDER BY a."publishAt" DESC, a.id DESC
      LIMIT ${cap}`;
    const ids = rows.map((r) => r.id);
    if (rows.length === cap) return { ids, complete: false, oldest: rows.at(-1)!.publishAt.getTime() };
    if (wholeRange) return { ids, complete: true, oldest: 0 };
    // The window held fewer than expected: widen by the rate it showed (at least fourfold).
    if (stats) expected = Math.min(expected / 4, rows.length / shareSince(stats, start));
  }
}

/**
 * All matches, estimated: CANDIDATE_CAP matches were found since `oldest`, and the statistics
 * tell what share of the archive was published since; else the planner's own estimate.
 */
async function estimateMatches(db: Db, vector: Vector, tsquery: string, found: Matches, stats: SearchStats | null): Promise<number> {
  if (stats) return Math.round(CANDIDATE_CAP / shareSince(stats, found.oldest));
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE ${VECTORS[vector]} @@ ${tsquery}::tsquery`;
  return Math.round(row?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0);
}

/**
 * Published, due, not withdrawn items in visible columns matching every term of the query
 * and the filters. Relevance: exact title matches first, then items holding every term
 * exactly (a long term can match through its pieces without standing as written), then the
 * rest; newest first within each. Date: newest first.
 */
export async function searchArticles(query: SearchQuery, page: number, sort: SearchSort, filters: SearchFilters = {}, db: Db = getDb()): Promise<SearchResult> {
  if (!query.tsquery) return EMPTY;
  const now = Date.now();
  if (filters.from && filters.until && filters.from >= filters.until) return EMPTY;
  const tsquery = filterQuery(query, filters);
  const main: Vector = filters.titleOnly ? "title" : "all";
  const stats = await searchStats(db);
  // The newest TITLE_CAP title matches go first even when older than the other candidates.
  // Asked at the same time on a second connection; when all matches were found they are
  // among them anyway.
  const [found, titled] = await Promise.all([
    newestMatches(db, main, query, tsquery, filters, now, stats),
    sort === "relevance" && main === "all" ? newestMatches(db, "title", query, tsquery, filters, now, stats, TITLE_CAP) : { ids: [] },
  ]);
  const ids = [...new Set([...found.ids, ...titled.ids])];
  if (!ids.length) return EMPTY;
  const total = found.complete ? ids.length : Math.max(ids.length, await estimateMatches(db, main, tsquery, found, stats));
  // A term of one or two characters matched through its own token stands as written; only
  // longer terms need the text itself to tell an exact match from scattered pieces.
  const longTerms = query.terms.filter((t) => [...t].length > 2);
  const order =
    sort === "date"
      ? Prisma.sql`a."publishAt" DESC, a.id DESC`
      : Prisma.sql`CASE
          WHEN NOT EXISTS (SELECT 1 FROM unnest(${query.terms}::text[]) t WHERE strpos(lower(a.title), t) = 0) THEN 0
          WHEN NOT EXISTS (SELECT 1 FROM unnest(${longTerms}::text[]) t WHERE strpos(lower(a."bodyHtml"), t) = 0) THEN 1
          ELSE 2 END, a."publishAt" DESC, a.id DESC`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.id, a.title, a."bodyHtml", a."publishAt", c.name AS "columnName", c.slug AS "columnSlug"
    FROM articles a JOIN columns c ON c.id = a."columnId"
    WHERE a.id = ANY(${ids}::int[])
    ORDER BY ${order}
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  return {
    total,
    estimated: !found.complete,
    pages: Math.ceil(ids.length / SEARCH_PAGE_SIZE),
    hits: rows.map((r) => ({
      id: r.id,
      title: snippet(r.title, query.terms, 200),
      snippet: snippet(htmlToText(r.bodyHtml), query.terms),
      publishAt: r.publishAt,
      columnName: r.columnName,
      columnSlug: r.columnSlug,
    })),
  };
}
