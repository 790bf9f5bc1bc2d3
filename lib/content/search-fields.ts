import { indexTokens } from "@/lib/search/segment";
import { htmlToText } from "@/lib/search/snippet";

/**
 * The search columns to write with an article's title and body, on every create and every
 * update of either (publishing code, the seed and the benchmarks all call this). They hold
 * the distinct search tokens (lib/search/segment.ts); the database derives the tsvectors and
 * their GIN indexes from them (migration 20261128060000_search_bigrams).
 */
export function articleSearchFields(title: string, bodyHtml: string): { searchTitle: string; searchBody: string } {
  return { searchTitle: indexTokens(title), searchBody: indexTokens(htmlToText(bodyHtml)) };
}
