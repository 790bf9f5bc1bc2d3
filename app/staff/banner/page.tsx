import { requireActor } from "@/lib/auth/session";
import { canSwitchBanner, readBanner } from "@/lib/content/banner";
import { BannerForm } from "./banner-form";

export const metadata = { title: "紧急公告" };

export default async function BannerPage() {
  const actor = await requireActor("/staff/banner");
  const banner = await readBanner();
  return (
    <section aria-labelledby="banner-title" className="rounded bg-white p-4 shadow-sm">
      <h1 id="banner-title" className="mb-2 text-xl font-bold">紧急公告（重大公共卫生事件）</h1>
      <p className="mb-4 text-slate-600">开启后，公告显示在网站每个公开页面的顶部。每次开启和关闭都记入审计日志。</p>
      {canSwitchBanner(actor) ? (
        <BannerForm initial={{ active: banner?.active ?? false, message: banner?.message ?? "", linkUrl: banner?.linkUrl ?? "" }} />
      ) : (
        <p role="alert" className="text-accent">只有信息统计科、宣传科的审定人可以切换紧急公告。</p>
      )}
    </section>
  );
}
