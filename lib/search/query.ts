import { hanBigrams, hanPairs, segmentWords } from "./segment";

/** Longer input is cut here: nobody types more, and it bounds the work of one query. */
export const MAX_QUERY_CHARS = 100;
export const MAX_TERMS = 12;

export type QueryProblem = "empty" | "no-words";

export interface SearchQuery {
  /** The query as the user sees it echoed back (trimmed, cut to MAX_QUERY_CHARS). */
  text: string;
  /** Words to highlight in snippets. */
  terms: string[];
  /** A to_tsquery('simple', …) expression, or null when there is nothing to search for. */
  tsquery: string | null;
  problem: QueryProblem | null;
}

const lexeme = (w: string) => `'${w.replace(/['\\]/g, "")}'`;

/** One query word: the word itself, or for a long Chinese word also all of its bigrams. */
function termExpression(word: string): string {
  const bigrams = hanBigrams(word);
  return bigrams.length ? `(${lexeme(word)} | (${bigrams.map(lexeme).join(" & ")}))` : lexeme(word);
}

const HAN = /\p{Script=Han}/u;

/**
 * The same query as the database's fallback segmentation indexes a document (migration
 * 20261126200001_search_fallback): Chinese as overlapping two-character pieces, other words
 * whole. Null when the query has no run of two or more Chinese characters.
 */
function pairsExpression(text: string, words: string[]): string | null {
  const pairs = [...new Set(hanPairs(text))].slice(0, MAX_TERMS * 2);
  if (!pairs.length) return null;
  const others = words.filter((w) => !HAN.test(w));
  return [...pairs, ...others].map(lexeme).join(" & ");
}

/** Parses what a citizen typed into a query every word of which must match. Never throws. */
export function buildSearchQuery(raw: unknown): SearchQuery {
  const text = (typeof raw === "string" ? raw : "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_CHARS);
  if (!text) return { text, terms: [], tsquery: null, problem: "empty" };
  const terms = [...new Set(segmentWords(text))].slice(0, MAX_TERMS);
  if (terms.length === 0) return { text, terms, tsquery: null, problem: "no-words" };
  const words = terms.map(termExpression).join(" & ");
  const pairs = pairsExpression(text, terms);
  return { text, terms, tsquery: pairs ? `(${words}) | (${pairs})` : words, problem: null };
}
