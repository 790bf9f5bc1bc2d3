import Link from "next/link";

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (p: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-4 flex items-center justify-center gap-4">
      {page > 1 ? <Link href={href(page - 1)} className="text-brand underline">上一页</Link> : <span className="text-slate-600">上一页</span>}
      <span>第 {page} / {pages} 页</span>
      {page < pages ? <Link href={href(page + 1)} className="text-brand underline">下一页</Link> : <span className="text-slate-600">下一页</span>}
    </nav>
  );
}
