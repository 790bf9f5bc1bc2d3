import { VISIBLE_NOW_SQL } from "@/lib/content/articles";
import { getDb, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { termExpression, type SearchQuery } from "./query";
import { htmlToText, snippet, type SnippetPart } from "./snippet";

export const SEARCH_PAGE_SIZE = 10;
/**
 * At most this many of the newest matches (and as many of the newest title matches) are
 * ranked and paged; beyond it the total is the planner's estimate, shown as "约 N 条".
 */
export const CANDIDATE_CAP = 500;
/** Months looked back, newest first, before the whole archive is asked (null). */
const WINDOWS: (number | null)[] = [2, 8, 30, null];

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

const monthKey = (d: Date) => d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));

/** The '@m' facet tokens of every month from `start` to `end` (UTC months, as the index). */
function monthTokens(start: Date, end: Date): string {
  const out: string[] = [];
  for (let d = monthStart(start); d <= end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) out.push(`'@m${monthKey(d)}'`);
  return out.length ? `(${out.join(" | ")})` : "'@m0'";
}

/** The tsquery of the words and the filters that the index can answer (column, exclusions). */
function filterQuery(query: SearchQuery, filters: SearchFilters): string {
  const parts = [`(${query.tsquery})`];
  for (const term of filters.excludeTerms ?? []) parts.push(`!(${termExpression(term)})`);
  const columns = (filters.columnIds ?? []).map((id) => `'@c${id.replace(/[^0-9A-Za-z_-]/g, "")}'`);
  if (filters.columnIds) parts.push(columns.length ? `(${columns.join(" | ")})` : "'@c'");
  return parts.join(" & ");
}

/**
 * The newest matches, at most CANDIDATE_CAP: the last months are asked first, through the
 * month tokens in the same GIN index, so a common word reads only the newest few thousand
 * rows; rare words widen to the whole archive, where they have few matches anyway.
 */
async function newestMatches(db: Db, vector: Vector, tsquery: string, filters: SearchFilters, now: Date): Promise<{ ids: number[]; complete: boolean }> {
  const dates = Prisma.sql`${filters.from ? Prisma.sql`AND a."publishAt" >= ${filters.from}` : Prisma.empty}
    ${filters.until ? Prisma.sql`AND a."publishAt" < ${filters.until}` : Prisma.empty}`;
  const end = filters.until && filters.until < now ? filters.until : now;
  for (const months of WINDOWS) {
    let start = months === null ? null : new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months + 1, 1));
    if (start && filters.from && start <= filters.from) start = filters.from;
    const wholeRange = start === null || start === filters.from;
    const windowed = start === null ? tsquery : `${tsquery} & ${monthTokens(start, end)}`;
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT a.id FROM articles a JOIN columns c ON c.id = a."columnId"
      WHERE ${VECTORS[vector]} @@ ${windowed}::tsquery AND ${VISIBLE_NOW_SQL} ${dates}
      ORDER BY a."publishAt" DESC, a.id DESC
      LIMIT ${CANDIDATE_CAP}`;
    if (rows.length === CANDIDATE_CAP) return { ids: rows.map((r) => r.id), complete: false };
    if (wholeRange) return { ids: rows.map((r) => r.id), complete: true };
  }
  throw new Error("unreachable: the last window is the whole archive");
}

/** The planner's estimate of all matches, from the index statistics: no row is read. */
async function estimateMatches(db: Db, vector: Vector, tsquery: string): Promise<number> {
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
  const now = new Date();
  if (filters.from && filters.until && filters.from >= filters.until) return EMPTY;
  const tsquery = filterQuery(query, filters);
  const main: Vector = filters.titleOnly ? "title" : "all";
  const found = await newestMatches(db, main, tsquery, filters, now);
  // Title matches older than the newest CANDIDATE_CAP matches still go first.
  const titled = sort === "relevance" && main === "all" && !found.complete ? await newestMatches(db, "title", tsquery, filters, now) : { ids: [] };
  const ids = [...new Set([...found.ids, ...titled.ids])];
  if (!ids.length) return EMPTY;
  const total = found.complete ? ids.length : Math.max(ids.length, await estimateMatches(db, main, tsquery));
  // A term of one or two characters matched through its own token stands as written; only
  // longer terms need the text itself to tell an exact match from scattered pieces.
  const longTerms = query.terms.filter((t) => [...t].length > 2);
  const order =
    sort === "date"
      ? Prisma.sql`a."publishAt" DESC, a.id DESC`
      : Prisma.sql`CASE
          WHEN NOT EXISTS (SELECT 1 FROM unnest(${query.terms}::text[]) t WHERE strpos(portal_search_normalize(a.title), t) = 0) THEN 0
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
