import Link from "next/link";
import { columnHref, type NavColumn } from "@/lib/content/columns";
import { SITE } from "@/lib/site";
import { ElderModeToggle } from "./elder-mode-toggle";

export function SiteHeader({ columns }: { columns: NavColumn[] }) {
  return (
    <header className="bg-brand text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-brand">
        跳到主要内容
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="text-xl font-bold tracking-wide sm:text-2xl">
          {SITE.name}
        </Link>
        <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
          <form action="/search" role="search" className="flex min-w-0 flex-1 gap-2">
            <label htmlFor="site-search" className="sr-only">站内搜索</label>
            <input id="site-search" name="q" type="search" placeholder="搜索本站信息" maxLength={100} className="min-w-0 flex-1 rounded bg-white px-3 py-2 text-slate-900 sm:w-64" />
            <button type="submit" className="rounded bg-white/15 px-4 py-2 font-medium hover:bg-white/25">搜索</button>
          </form>
          <ElderModeToggle />
        </div>
      </div>
      <nav aria-label="栏目导航" className="bg-brand-dark">
        <details className="mx-auto max-w-6xl px-4 sm:hidden">
          <summary className="cursor-pointer py-2">栏目导航</summary>
          <NavList columns={columns} className="grid grid-cols-2 gap-1 pb-3" />
        </details>
        <NavList columns={columns} className="mx-auto hidden max-w-6xl flex-wrap px-2 sm:flex" />
      </nav>
    </header>
  );
}

function NavList({ columns, className }: { columns: NavColumn[]; className: string }) {
  return (
    <ul className={className}>
      <li>
        <Link href="/" className="block px-3 py-2 hover:bg-white/15">首页</Link>
      </li>
      {columns.map((c) => (
        <li key={c.slug}>
          <Link href={columnHref(c)} className="block px-3 py-2 hover:bg-white/15">{c.name}</Link>
        </li>
      ))}
    </ul>
  );
}
