import { runPairs, searchRuns } from "./segment";

/** Longer input is cut here: nobody types more, and it bounds the work of one query. */
export const MAX_QUERY_CHARS = 100;
export const MAX_TERMS = 12;

export type QueryProblem = "empty" | "no-words";

export interface SearchQuery {
  /** The query as the user sees it echoed back (trimmed, cut to MAX_QUERY_CHARS). */
  text: string;
  /** The runs of letters and digits the query is made of: each must occur in a match; also highlighted. */
  terms: string[];
  /** A tsquery (cast with ::tsquery, never parsed again) every term of which must match, or null. */
  tsquery: string | null;
  problem: QueryProblem | null;
}

const lexeme = (t: string) => `'${t.replace(/['\\]/g, "")}'`;

/** The index tokens a term must all match: its two-character pieces, or a single character. */
export function termTokens(term: string): string[] {
  const pairs = runPairs(term);
  return pairs.length ? [...new Set(pairs)] : [term];
}

/**
 * One term as a tsquery: its two-character pieces, so a phrase is found wherever the words of
 * the article break, or the one character.
 */
export function termExpression(term: string): string {
  return termTokens(term).map(lexeme).join(" & ");
}

/** The distinct runs of a typed text, cut to the limits. */
export function queryTerms(raw: unknown): { text: string; terms: string[] } {
  const text = (typeof raw === "string" ? raw : "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_CHARS);
  return { text, terms: [...new Set(searchRuns(text))].slice(0, MAX_TERMS) };
}

/** Parses what a citizen typed into a query every word of which must match. Never throws. */
export function buildSearchQuery(raw: unknown): SearchQuery {
  const { text, terms } = queryTerms(raw);
  if (!text) return { text, terms: [], tsquery: null, problem: "empty" };
  if (terms.length === 0) return { text, terms, tsquery: null, problem: "no-words" };
  return { text, terms, tsquery: terms.map(termExpression).join(" & "), problem: null };
}
