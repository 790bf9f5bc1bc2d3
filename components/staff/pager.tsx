import Link from "next/link";

/** Previous / next links of a paginated list; plain links, so it works without JavaScript. */
export function Pager({ page, pages, total, href, label }: { page: number; pages: number; total: number; href: (page: number) => string; label: string }) {
  if (total === 0) return null;
  return (
    <nav aria-label={`${label}分页`} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <span>共 {total} 条，第 {page} / {pages} 页</span>
      {page > 1 ? <Link href={href(page - 1)} className="text-brand underline" rel="prev">上一页</Link> : null}
      {page < pages ? <Link href={href(page + 1)} className="text-brand underline" rel="next">下一页</Link> : null}
    </nav>
  );
}
