import { revalidateTag } from "next/cache";
import { TAGS } from "./cache-tags";
import { broadcastExpiry } from "./revalidate-broadcast";

// `{ expire: 0 }`: the next visitor gets a fresh render instead of the stale page Next 16's
// recommended "max" profile would serve while revalidating. A published item must be on its
// column page at once (issue 4 target: within 2 s of 审定), and a withdrawn one gone at once.
const NOW = { expire: 0 };

/** Expires tags in this instance's own cache (also called for tags broadcast by another instance). */
export function expireHere(tags: string[]): void {
  try {
    for (const tag of tags) revalidateTag(tag, NOW);
  } catch (err) {
    // Outside a Next.js request (tests, scripts) there is no page cache to refresh.
    console.warn("public cache not revalidated:", (err as Error).message);
  }
}

/**
 * Expires tags here and, through PostgreSQL NOTIFY, on every other instance behind the proxy
 * (issue 16). Every public cache expiry of the app goes through this function.
 */
export function expire(tags: string[]): void {
  expireHere(tags);
  void broadcastExpiry(tags);
}

/**
 * Refreshes every public page that shows an article after it is published, changed or
 * withdrawn: the home page, its column's pages (all of them: the list shifts by one), the
 * article page and its neighbours' previous/next links, the feeds and the sitemap. Call after
 * the transaction commits. Search reads the database on each request and needs nothing.
 */
export function revalidateArticle(article: { id: number; columnSlug: string }): void {
  expire([TAGS.articles, TAGS.article(article.id)]);
}

/** Refreshes navigation, column pages and everything listing articles after the column table changes. */
export function revalidateColumns(): void {
  expire([TAGS.columns, TAGS.articles]);
}

/** Refreshes the emergency banner on every public page. */
export function revalidateBanner(): void {
  expire([TAGS.banner]);
}
