import { PUBLIC_ARTICLE_SQL } from "@/lib/content/visibility";
import { getDb } from "@/lib/db/client";
import type { SearchQuery } from "./query";
import { htmlToText, snippet, type SnippetPart } from "./snippet";

export const SEARCH_PAGE_SIZE = 10;

export type SearchSort = "relevance" | "date";

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
  pages: number;
}

interface Row {
  id: number;
  title: string;
  bodyHtml: string;
  publishAt: Date;
  columnName: string;
  columnSlug: string;
  total: bigint;
}

/**
 * Published, due, not withdrawn items in visible columns matching every word of the query,
 * best match first (title matches weigh more) or newest first.
 */
export async function searchArticles(query: SearchQuery, page: number, sort: SearchSort): Promise<SearchResult> {
  if (!query.tsquery) return { hits: [], total: 0, pages: 0 };
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  // The tsquery is a parameter; its lexemes are letters and digits only (buildSearchQuery).
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT a.id, a.title, a."bodyHtml", a."publishAt", c.name AS "columnName", c.slug AS "columnSlug",
           count(*) OVER () AS total
    FROM articles a
    JOIN columns c ON c.id = a."columnId"
    CROSS JOIN to_tsquery('simple', ${query.tsquery}) q
    WHERE a.search_vector @@ q AND ${PUBLIC_ARTICLE_SQL}
    ORDER BY
      CASE WHEN ${sort}::text = 'date' THEN 0 ELSE ts_rank(a.search_vector, q) END DESC,
      a."publishAt" DESC, a.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  const total = rows[0] ? Number(rows[0].total) : page > 1 ? await countMatches(query.tsquery) : 0;
  return {
    total,
    pages: Math.ceil(total / SEARCH_PAGE_SIZE),
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

// A page past the end has no rows to carry the total; the pager still needs it.
async function countMatches(tsquery: string): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM articles a JOIN columns c ON c.id = a."columnId"
    WHERE a.search_vector @@ to_tsquery('simple', ${tsquery}) AND ${PUBLIC_ARTICLE_SQL}`;
  return Number(row?.n ?? 0);
}
