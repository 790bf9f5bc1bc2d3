import type { Metadata } from "next";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { SITE } from "@/lib/site";

export const metadata: Metadata = { title: "关于本站", description: `${SITE.name}门户网站的使用说明和无障碍服务。` };

// A page with no data of its own: the benchmark (scripts/bench-public.ts) compares the
// database-backed pages with it.
export default function AboutPage() {
  return (
    <div>
      <Breadcrumb items={[{ label: "关于本站" }]} />
      <div className="rounded bg-white p-4 shadow-sm sm:p-6">
        <h1 className="text-2xl font-bold">关于本站</h1>
        <h2 className="mt-4 text-lg font-bold">网站说明</h2>
        <p className="mt-2 leading-8">本站由{SITE.sponsor}主办、{SITE.organiser}承办，发布本局政府信息、办事指南、健康知识，并受理领导信箱和公众意见箱来信。</p>
        <h2 className="mt-4 text-lg font-bold">无障碍和长者模式</h2>
        <p className="mt-2 leading-8">点击页面顶部的“长者模式”按钮，可放大文字、提高对比度，无需缩放浏览器；再次点击即可退出，选择会保存在本机浏览器中。全站可仅用键盘操作：按 Tab 键依次移动，页面开头的“跳到主要内容”可直接跳过导航。</p>
        <h2 className="mt-4 text-lg font-bold">订阅</h2>
        <p className="mt-2 leading-8">全站最新信息可通过 <a href="/feed.xml" className="text-brand underline">RSS 订阅</a>，各栏目页面底部另有本栏目的订阅地址。</p>
      </div>
    </div>
  );
}
