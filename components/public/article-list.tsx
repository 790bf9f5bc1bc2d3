import Link from "next/link";
import { formatDateTime } from "@/lib/format";

export interface ArticleListItem {
  id: number;
  title: string;
  /** A Date, or its ISO string when the list comes from the page cache. */
  publishAt: Date | string;
}

export function ArticleList({ items, empty = "本栏目暂无信息。" }: { items: ArticleListItem[]; empty?: string }) {
  if (items.length === 0) return <p className="py-4 text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((a) => {
        const at = new Date(a.publishAt);
        return (
          <li key={a.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
            <Link href={`/articles/${a.id}`} className="hover:text-brand hover:underline">{a.title}</Link>
            <time dateTime={at.toISOString()} className="shrink-0 text-sm text-slate-600 tabular-nums">
              {formatDateTime(at)}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
