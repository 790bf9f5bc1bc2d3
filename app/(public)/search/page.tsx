import type { Metadata } from "next";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { Pagination } from "@/components/public/pagination";
import { SearchResults } from "@/components/public/search-results";
import { buildSearchQuery, MAX_QUERY_CHARS } from "@/lib/search/query";
import { searchArticles, type SearchSort } from "@/lib/search/search";

export const metadata: Metadata = { title: "站内搜索", description: "搜索本站发布的全部信息。" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const MAX_PAGE = 1000;

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = buildSearchQuery(first(params.q));
  const sort: SearchSort = first(params.sort) === "date" ? "date" : "relevance";
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(first(params.page))) || 1));
  const result = await searchArticles(query, page, sort);
  const href = (p: number) => `/search?${new URLSearchParams({ q: query.text, ...(sort === "date" ? { sort } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <div>
      <Breadcrumb items={[{ label: "站内搜索" }]} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-6">
        <h1 className="text-2xl font-bold">站内搜索</h1>
        <form action="/search" className="mt-4 flex flex-wrap items-end gap-3">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="search-q" className="text-sm font-medium">关键词</label>
            <input id="search-q" name="q" type="search" defaultValue={query.text} maxLength={MAX_QUERY_CHARS} className="min-w-0 rounded border border-slate-400 px-3 py-2" />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-sort" className="text-sm font-medium">排序</label>
            <select id="search-sort" name="sort" defaultValue={sort} className="rounded border border-slate-400 px-3 py-2">
              <option value="relevance">按相关度</option>
              <option value="date">按发布时间</option>
            </select>
          </div>
          <button type="submit" className="rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-dark">搜索</button>
        </form>
        <div className="mt-6" aria-live="polite">
          {query.problem === "empty" ? (
            <p className="text-slate-700">请输入要查找的关键词，例如“办事指南”“登革热”。</p>
          ) : query.problem === "no-words" ? (
            <p className="text-slate-700">关键词中没有可搜索的文字，请输入汉字、字母或数字。</p>
          ) : result.total === 0 ? (
            <p className="text-slate-700">没有找到与“{query.text}”相关的信息，请换个关键词试试。</p>
          ) : (
            <>
              <p className="text-sm text-slate-600">找到 {result.total} 条与“{query.text}”相关的信息{sort === "date" ? "，按发布时间排序" : "，按相关度排序"}。</p>
              <SearchResults hits={result.hits} />
              <Pagination page={Math.min(page, result.pages)} pages={result.pages} href={href} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
