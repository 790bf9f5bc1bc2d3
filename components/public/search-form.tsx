import { MAX_QUERY_CHARS } from "@/lib/search/query";
import type { SearchColumn, SearchForm as Form } from "@/lib/search/options";

const field = "rounded border border-slate-400 px-3 py-2";
const label = "text-sm font-medium";

/** The search form: a GET form (queries are no secret) that works without JavaScript. */
export function SearchForm({ form, columns }: { form: Form; columns: SearchColumn[] }) {
  const advanced = Boolean(form.column || form.from || form.to || form.scope === "title" || form.exclude);
  return (
    <form action="/search" method="get" className="mt-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="search-q" className={label}>关键词</label>
          <input id="search-q" name="q" type="search" defaultValue={form.q} maxLength={MAX_QUERY_CHARS} className={`min-w-0 ${field}`} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-sort" className={label}>排序</label>
          <select id="search-sort" name="sort" defaultValue={form.sort} className={field}>
            <option value="relevance">按相关度</option>
            <option value="date">按发布时间</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-dark">搜索</button>
      </div>
      <details open={advanced} className="mt-3">
        <summary className="cursor-pointer text-sm text-brand">高级搜索</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="search-column" className={label}>栏目</label>
            <select id="search-column" name="column" defaultValue={form.column} className={field}>
              <option value="">全部栏目</option>
              {columns.map((c) => <option key={c.id} value={c.slug}>{c.name}</option>)}
            </select>
          </div>
          <fieldset className="flex flex-col gap-1">
            <legend className={label}>搜索范围</legend>
            <div className="flex gap-4 py-2">
              <label><input type="radio" name="scope" value="all" defaultChecked={form.scope !== "title"} /> 标题和正文</label>
              <label><input type="radio" name="scope" value="title" defaultChecked={form.scope === "title"} /> 仅标题</label>
            </div>
          </fieldset>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-from" className={label}>发布日期从</label>
            <input id="search-from" name="from" type="date" defaultValue={form.from} className={field} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-to" className={label}>发布日期至</label>
            <input id="search-to" name="to" type="date" defaultValue={form.to} className={field} />
          </div>
          <div className="flex flex-col gap-1 sm:col-span-2">
            <label htmlFor="search-exclude" className={label}>不包含的词</label>
            <input id="search-exclude" name="exclude" type="text" defaultValue={form.exclude} maxLength={MAX_QUERY_CHARS} aria-describedby="search-exclude-hint" className={field} />
            <p id="search-exclude-hint" className="text-sm text-slate-600">含有这些词的信息不列出；多个词用空格分开。</p>
          </div>
        </div>
      </details>
    </form>
  );
}
