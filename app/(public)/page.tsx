import Link from "next/link";
import { ArticleList } from "@/components/public/article-list";
import { columnHref, GROUP_LABELS, GROUP_ORDER } from "@/lib/content/columns";
import { getLatestArticles, getTopColumns } from "@/lib/content/public-data";
import { SITE } from "@/lib/site";

// Static; refreshed by tag on publish, and every minute for scheduled items (lib/content/cache-tags.ts).
export const revalidate = 60;

const MAIN_COLUMNS = ["news", "gov-info", "policies", "business", "health"];

export default async function HomePage() {
  const [columns, news, notices, guides] = await Promise.all([
    getTopColumns(),
    getLatestArticles(MAIN_COLUMNS, 8),
    getLatestArticles(["notices"], 8),
    getLatestArticles(["guides"], 5),
  ]);
  return (
    <div className="grid gap-6">
      <h1 className="sr-only">{SITE.name}门户网站首页</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="latest" className="rounded bg-white p-4 shadow-sm">
          <h2 id="latest" className="mb-2 border-b-2 border-brand pb-1 text-lg font-bold">最新信息</h2>
          <ArticleList items={news} empty="暂无信息。" />
        </section>
        <section aria-labelledby="notices" className="rounded bg-white p-4 shadow-sm">
          <h2 id="notices" className="mb-2 border-b-2 border-brand pb-1 text-lg font-bold">
            <Link href="/columns/notices">通知公告</Link>
          </h2>
          <ArticleList items={notices} empty="暂无通知公告。" />
        </section>
      </div>
      <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="guides" className="rounded bg-white p-4 shadow-sm">
          <h2 id="guides" className="mb-2 border-b-2 border-brand pb-1 text-lg font-bold">
            <Link href="/columns/guides">办事指南</Link>
          </h2>
          <ArticleList items={guides} empty="暂无办事指南。" />
        </section>
        <a href={SITE.onlineServiceHall} className="flex items-center justify-center rounded bg-accent px-4 py-6 text-center text-lg font-bold text-white hover:opacity-90">
          进入揭阳市网上办事大厅（在线申办、网上咨询、进度查询、结果查询）
        </a>
      </div>
      <nav aria-label="栏目分类" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {GROUP_ORDER.map((g) => (
          <section key={g} aria-labelledby={`group-${g}`} className="rounded bg-white p-4 shadow-sm">
            <h2 id={`group-${g}`} className="mb-2 text-lg font-bold text-brand">{GROUP_LABELS[g]}</h2>
            <ul className="grid gap-1">
              {columns.filter((c) => c.group === g).map((c) => (
                <li key={c.slug}>
                  <Link href={columnHref(c)} className="hover:text-brand hover:underline">{c.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </div>
  );
}
