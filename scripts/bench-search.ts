// `npm run bench:search`: site search at scale on a throwaway database (embedded PostgreSQL,
// migrated and seeded as in the tests): BENCH_ARTICLES (default 100,000) generated articles,
// then p50/p95 per kind of query and the pasted-phrase recall. Exits non-zero when a p95 is
// over target or a pasted phrase is not matched (or, with few matches, not listed).
import { freshDatabase } from "../test/fresh-database";
import { seedArticles } from "./bench/articles";
import { measureSearch, P95_TARGET_MS } from "./bench/search";

const N = Number(process.env.BENCH_ARTICLES ?? 100_000);

const fresh = await freshDatabase("bench_search");
let failed = false;
try {
  console.log(`seeding ${N} articles…`);
  const ms = await seedArticles(fresh.ownerUrl, N);
  console.log(`  done in ${(ms / 1000).toFixed(0)} s`);
  const figures = await measureSearch(fresh.url);
  failed = figures.kinds.some((k) => k.p95 > P95_TARGET_MS) || figures.recall.matched < figures.recall.phrases || figures.recall.listed < figures.recall.exact;
} finally {
  await fresh.stop();
}
process.exit(failed ? 1 : 0);
