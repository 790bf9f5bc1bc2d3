import Link from "next/link";
import { ArticleList } from "@/components/public/article-list";
import { latestArticles } from "@/lib/content/articles";
import { columnHref, GROUP_LABELS, GROUP_ORDER, listTopColumns } from "@/lib/content/columns";
import { SITE } from "@/lib/site";

export default async function HomePage() {
  const [columns, news, notices] = await Promise.all([
    listTopColumns(),
    latestArticles(["news", "gov-info", "policies", "health"], 8),
    latestArticles(["notices"], 8),
  ]);
  return (
    <div className="grid gap-6">
      <h1 className="sr-only">{SITE.name}门户网站首页</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="latest" className="rounded bg-white p-4 shadow-sm">
          <h2 id="latest" className="mb-2 border-b-2 border-brand pb-1 text-lg font-bold">最新信息</h2>
          <ArticleList items={news} />
        </section>
        <section aria-labelledby="notices" className="rounded bg-white p-4 shadow-sm">
          <h2 id="notices" className="mb-2 border-b-2 border-brand pb-1 text-lg font-bold">
            <Link href="/columns/notices">通知公告</Link>
          </h2>
          <ArticleList items={notices} />
        </section>
      </div>
      <a href={SITE.onlineServiceHall} className="block rounded bg-accent px-4 py-4 text-center text-lg font-bold text-white hover:opacity-90">
        进入揭阳市网上办事大厅（在线申办、网上咨询、进度查询、结果查询）
      </a>
      <nav aria-label="栏目分类" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {GROUP_ORDER.map((g) => (
          <section key={g} aria-labelledby={`group-${g}`} id={`group-${g}`} className="rounded bg-white p-4 shadow-sm">
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
