// PostgreSQL's own statistics about the articles (what ANALYZE keeps in pg_stats), read at
// most once every few minutes: they tell the search which time windows cannot hold enough
// matches to be worth asking, and give the "约 N 条" estimate without reading any row.
import type { Db } from "@/lib/db/client";

export interface SearchStats {
  /** Rows in the table (pg_class.reltuples). */
  rows: number;
  /** Equal-frequency bounds of "publishAt", oldest first (ms). */
  publishBounds: number[];
  /** Share of rows holding a token, for the most common tokens of each vector. */
  tokenShare: { all: Map<string, number>; title: Map<string, number> };
  /** Below the least common listed token: the share of any token not listed. */
  floor: { all: number; title: number };
}

const TTL_MS = 5 * 60_000;
let cached: { at: number; stats: SearchStats | null } | null = null;

interface Row {
  attname: string;
  rows: number;
  elems: string[] | null;
  freqs: number[] | null;
  bounds: number[] | null;
}

/** The statistics, or null before the first ANALYZE (then nothing is skipped or estimated). */
export async function searchStats(db: Db): Promise<SearchStats | null> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.stats;
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.attname::text AS attname, greatest(c.reltuples, 0)::float8 AS rows,
           s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs::float8[] AS freqs,
           ARRAY(SELECT extract(epoch FROM b) * 1000 FROM unnest(s.histogram_bounds::text::timestamp[]) AS b)::float8[] AS bounds
    FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename
    WHERE s.schemaname = current_schema() AND s.tablename = 'articles'
      AND s.attname IN ('search_vector', 'search_title_vector', 'publishAt')`;
  const by = new Map(rows.map((r) => [r.attname, r]));
  const shares = (r: Row | undefined) => {
    const map = new Map<string, number>();
    (r?.elems ?? []).forEach((e, i) => map.set(e, r!.freqs![i]!));
    // most_common_elem_freqs ends with the minimum, maximum and null share
    const floor = r?.freqs && r.elems ? r.freqs[r.elems.length] ?? 1 : 1;
    return { map, floor };
  };
  const all = shares(by.get("search_vector"));
  const title = shares(by.get("search_title_vector"));
  const publish = by.get("publishAt");
  const stats =
    publish?.bounds?.length && all.map.size
      ? { rows: publish.rows, // items scheduled for later are not searchable yet: count them as published now
        publishBounds: publish.bounds.map((b) => Math.min(b, Date.now())), tokenShare: { all: all.map, title: title.map }, floor: { all: all.floor, title: title.floor } }
      : null;
  cached = { at: Date.now(), stats };
  return stats;
}

/** The share of rows published at or after `t`, read off the histogram. */
export function shareSince(stats: SearchStats, t: number): number {
  const b = stats.publishBounds;
  if (t <= b[0]!) return 1;
  if (t >= b.at(-1)!) return 1 / (b.length - 1) / 2;
  let i = 0;
  while (b[i + 1]! < t) i++;
  const within = (b[i + 1]! - t) / Math.max(1, b[i + 1]! - b[i]!);
  return (b.length - 2 - i + within) / (b.length - 1);
}

/** Forget the statistics (tests that load many rows and ANALYZE). */
export function forgetSearchStats(): void {
  cached = null;
}

/** The time since which about `share` of the rows were published (the inverse of shareSince). */
export function timeForShare(stats: SearchStats, share: number): number {
  let lo = stats.publishBounds[0]!;
  let hi = Math.max(Date.now(), stats.publishBounds.at(-1)!);
  if (share >= 1) return -Infinity;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (shareSince(stats, mid) >= share) lo = mid;
    else hi = mid;
  }
  return lo;
}
