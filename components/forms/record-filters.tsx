import Link from "next/link";
import type { ListQuery } from "@/lib/form-engine/list-query";

export interface FilterOptions {
  forms: { key: string; title: string; states: { key: string; label: string }[] }[];
  sections: { id: string; name: string }[];
}

const input = "rounded border border-slate-300 px-2 py-1";

/** The records list's filters: a GET form (filters are not secrets), so it works without JavaScript. */
export function RecordFilters({ path, query, options }: { path: string; query: ListQuery; options: FilterOptions }) {
  const chosen = options.forms.find((f) => f.key === query.form);
  // Without a chosen form a state key may belong to several forms: list each once.
  const states = chosen ? chosen.states : [...new Map(options.forms.flatMap((f) => f.states).map((s) => [s.key, s])).values()];
  return (
    <form method="get" action={path} className="mb-4 flex flex-wrap items-end gap-3" aria-label="筛选事项">
      <label className="grid text-sm">表单
        <select name="form" defaultValue={query.form ?? ""} className={input}>
          <option value="">全部</option>
          {options.forms.map((f) => <option key={f.key} value={f.key}>{f.title}</option>)}
        </select>
      </label>
      <label className="grid text-sm">状态
        <select name="state" defaultValue={query.state ?? ""} className={input}>
          <option value="">全部</option>
          {states.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
        </select>
      </label>
      <label className="grid text-sm">科室
        <select name="section" defaultValue={query.section ?? ""} className={input}>
          <option value="">全部</option>
          {options.sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <label className="grid text-sm">创建日期起
        <input type="date" name="from" defaultValue={query.from ?? ""} className={input} />
      </label>
      <label className="grid text-sm">创建日期止
        <input type="date" name="to" defaultValue={query.to ?? ""} className={input} />
      </label>
      <label className="grid text-sm">标题
        <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={100} className={input} />
      </label>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 text-white">筛选</button>
      <Link href={path} className="text-sm text-brand underline">清除筛选</Link>
    </form>
  );
}
