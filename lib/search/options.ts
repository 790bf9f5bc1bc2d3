// The options of the search form (a GET form: queries are no secret): within a column, a date
// range, title only, a word to leave out. Parsed from the URL, checked, echoed back as typed.
import { MAX_QUERY_CHARS, queryTerms } from "./query";
import type { SearchFilters, SearchSort } from "./search";

export interface SearchColumn {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

/** The form's fields as the user typed them, to fill the form again. */
export interface SearchForm {
  q: string;
  column: string;
  from: string;
  to: string;
  scope: "all" | "title";
  exclude: string;
  sort: SearchSort;
}

export interface ParsedSearch {
  form: SearchForm;
  filters: SearchFilters;
  /** Chinese messages; when there is one, nothing is searched. */
  errors: string[];
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a Beijing calendar day, or null when the text is no such day. */
function beijingDay(text: string): Date | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const d = new Date(`${text}T00:00:00+08:00`);
  // 2026-02-30 parses as 2026-03-02: refuse a day the calendar does not have.
  const back = new Date(d.getTime() + 8 * 3600_000);
  return back.getUTCFullYear() === Number(m[1]) && back.getUTCMonth() + 1 === Number(m[2]) && back.getUTCDate() === Number(m[3]) ? d : null;
}

export function parseSearchParams(params: Params, columns: SearchColumn[]): ParsedSearch {
  const form: SearchForm = {
    q: first(params.q).slice(0, MAX_QUERY_CHARS),
    column: first(params.column).slice(0, 100),
    from: first(params.from).trim().slice(0, 10),
    to: first(params.to).trim().slice(0, 10),
    scope: first(params.scope) === "title" ? "title" : "all",
    exclude: first(params.exclude).slice(0, MAX_QUERY_CHARS),
    sort: first(params.sort) === "date" ? "date" : "relevance",
  };
  const errors: string[] = [];
  const filters: SearchFilters = { titleOnly: form.scope === "title" };

  if (form.column) {
    const column = columns.find((c) => c.slug === form.column);
    if (!column) errors.push("所选栏目不存在或未公开，请从列表中重新选择。");
    else filters.columnIds = [column.id, ...columns.filter((c) => c.parentId === column.id).map((c) => c.id)];
  }
  const from = form.from ? beijingDay(form.from) : null;
  const to = form.to ? beijingDay(form.to) : null;
  if (form.from && !from) errors.push(`开始日期“${form.from}”不是有效日期，请按“年-月-日”填写，例如 2016-08-23。`);
  if (form.to && !to) errors.push(`结束日期“${form.to}”不是有效日期，请按“年-月-日”填写，例如 2016-08-23。`);
  if (from && to && from > to) errors.push("开始日期不能晚于结束日期。");
  if (from) filters.from = from;
  if (to) filters.until = new Date(to.getTime() + 86_400_000);

  if (form.exclude.trim()) {
    const { terms } = queryTerms(form.exclude);
    if (!terms.length) errors.push("排除词中没有可搜索的文字，请输入汉字、字母或数字，或留空。");
    else filters.excludeTerms = terms;
  }
  return { form, filters, errors };
}

/** The URL of a result page with the same query and options. */
export function searchHref(form: SearchForm, page: number): string {
  const p = new URLSearchParams({ q: form.q });
  if (form.column) p.set("column", form.column);
  if (form.from) p.set("from", form.from);
  if (form.to) p.set("to", form.to);
  if (form.scope === "title") p.set("scope", "title");
  if (form.exclude) p.set("exclude", form.exclude);
  if (form.sort === "date") p.set("sort", "date");
  if (page > 1) p.set("page", String(page));
  return `/search?${p}`;
}
