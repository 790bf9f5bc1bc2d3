import { indexText } from "@/lib/search/segment";
import { htmlToText } from "@/lib/search/snippet";

/**
 * The search columns to write with an article's title and body, on every create and every
 * update of either (publishing code and the seed both call this). The database derives the
 * weighted tsvector from them (migration 20261126200000_public_portal).
 */
export function articleSearchFields(title: string, bodyHtml: string): { searchTitle: string; searchBody: string } {
  return { searchTitle: indexText(title), searchBody: indexText(htmlToText(bodyHtml)) };
}
