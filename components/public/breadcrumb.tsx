import Link from "next/link";

export interface Crumb {
  label: string;
  href?: string;
}

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="当前位置" className="mb-4 text-sm text-slate-600">
      <ol className="flex flex-wrap gap-1">
        <li>当前位置：<Link href="/" className="hover:underline">首页</Link></li>
        {items.map((c) => (
          <li key={c.label}>
            <span aria-hidden="true">&gt; </span>
            {c.href ? <Link href={c.href} className="hover:underline">{c.label}</Link> : <span aria-current="page">{c.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
