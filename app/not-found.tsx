import Link from "next/link";

export const metadata = { title: "页面不存在" };

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">抱歉，您访问的页面不存在</h1>
      <p className="mt-4 text-slate-600">页面可能已被删除、更名或暂时不可用。</p>
      <p className="mt-8 flex justify-center gap-6">
        <Link className="text-brand underline" href="/">返回首页</Link>
        <Link className="text-brand underline" href="/search">站内搜索</Link>
      </p>
    </main>
  );
}
