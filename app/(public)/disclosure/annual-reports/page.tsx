import type { Metadata } from "next";
import Link from "next/link";
import { unstable_cache } from "next/cache";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { SCHEDULE_REFRESH_SECONDS, TAGS } from "@/lib/content/cache-tags";
import { getDb } from "@/lib/db/client";
import { publishedReports } from "@/lib/disclosure-report/published";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "政府信息公开工作年度报告", description: "本局各年度的政府信息公开工作年度报告。" };

// Static like every public page: rendered once, refreshed when an article is published or withdrawn.
export const revalidate = 60;

const reports = unstable_cache(() => publishedReports(getDb()), ["public:annual-reports"], { tags: [TAGS.articles], revalidate: SCHEDULE_REFRESH_SECONDS });

export default async function AnnualReportsPage() {
  const list = await reports();
  return (
    <div>
      <Breadcrumb items={[{ label: "政府信息公开", href: "/columns/gov-info" }, { label: "政府信息公开工作年度报告" }]} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-6">
        <h1 className="text-2xl font-bold">政府信息公开工作年度报告</h1>
        <p className="mt-2 leading-8">根据《中华人民共和国政府信息公开条例》第四十九条、第五十条，本局于每年1月31日前公布本机关上一年度政府信息公开工作年度报告。</p>
        {list.length === 0 ? (
          <p className="mt-4 text-slate-600">暂无已发布的年度报告。</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200" data-testid="annual-reports">
            {list.map((r) => (
              <li key={r.articleId} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/articles/${r.articleId}`} className="text-brand underline">{r.title}</Link>
                <span className="text-sm text-slate-600">{formatDateTime(new Date(r.publishAt))}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
