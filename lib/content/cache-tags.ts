// The cache tags of the public pages' data. Every public page reads the database only
// through cached functions carrying these tags (lib/content/public-data.ts), so a published,
// changed or withdrawn item, a column change or a banner switch refreshes exactly what shows it.
export const TAGS = {
  /** Everything that lists or shows articles: home, column pages, article pages, feeds, sitemap. */
  articles: "articles",
  article: (id: number) => `article:${id}`,
  /** The column tree: navigation on every page, column pages, sitemap. */
  columns: "columns",
  banner: "banner",
} as const;

/**
 * Scheduled publishing: an item whose publishAt lies in the future must appear at that time,
 * though nothing is published then to trigger a revalidation. So cached public data expires
 * after this many seconds anyway and a page regenerates in the background on its next visit:
 * a scheduled item appears at most about twice this long after it is due (the page and its
 * data each expire once), never before. Sixty seconds costs one background render per page per
 * minute of traffic; visitors are still served from the cache.
 */
export const SCHEDULE_REFRESH_SECONDS = 60;
