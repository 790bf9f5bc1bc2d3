import type { Metadata } from "next";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { Pagination } from "@/components/public/pagination";
import { SearchForm } from "@/components/public/search-form";
import { SearchResults } from "@/components/public/search-results";
import { searchColumns } from "@/lib/search/columns";
import { parseSearchParams, searchHref } from "@/lib/search/options";
import { buildSearchQuery } from "@/lib/search/query";
import { CANDIDATE_CAP, searchArticles } from "@/lib/search/search";

export const metadata: Metadata = { title: "站内搜索", description: "搜索本站发布的全部信息。" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const MAX_PAGE = 1000;

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const columns = await searchColumns();
  const { form, filters, errors } = parseSearchParams(params, columns);
  const query = buildSearchQuery(form.q);
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(first(params.page))) || 1));
  const result = errors.length ? null : await searchArticles(query, page, form.sort, filters);
  return (
    <div>
      <Breadcrumb items={[{ label: "站内搜索" }]} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-6">
        <h1 className="text-2xl font-bold">站内搜索</h1>
        <SearchForm form={{ ...form, q: query.text }} columns={columns} />
        <div className="mt-6" aria-live="polite">
          {errors.length ? (
            <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
              <p className="font-medium">请修改搜索条件：</p>
              <ul className="mt-1 list-disc pl-6">{errors.map((e) => <li key={e}>{e}</li>)}</ul>
            </div>
          ) : query.problem === "empty" ? (
            <p className="text-slate-700">请输入要查找的关键词，例如“办事指南”“登革热”。</p>
          ) : query.problem === "no-words" ? (
            <p className="text-slate-700">关键词中没有可搜索的文字，请输入汉字、字母或数字。</p>
          ) : !result || result.total === 0 ? (
            <p className="text-slate-700">没有找到与“{query.text}”相关的信息，请换个关键词试试。</p>
          ) : (
            <>
              <p className="text-sm text-slate-600">
                找到{result.estimated ? "约" : ""} {result.total} 条与“{query.text}”相关的信息{form.sort === "date" ? "，按发布时间排序" : "，标题和完整词句匹配的在前，再按发布时间排序"}。
                {result.estimated ? `结果较多，列出最新的 ${CANDIDATE_CAP} 条；可加关键词或用高级搜索缩小范围。` : ""}
              </p>
              <SearchResults hits={result.hits} />
              <Pagination page={Math.min(page, result.pages)} pages={result.pages} href={(p) => searchHref(form, p)} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
