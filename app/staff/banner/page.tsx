import Link from "next/link";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { bannerOverview } from "@/lib/content/banner-overview";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "紧急公告" };

export default async function BannerPage() {
  const actor = await requireActor("/staff/banner");
  if (!can(actor, "banner.switch")) {
    return <p role="alert" className="rounded bg-white p-4 text-accent shadow-sm">只有信息统计科、宣传科的审定人和局领导可以办理紧急公告。</p>;
  }
  const { live, open } = await bannerOverview(getDb());
  return (
    <section aria-labelledby="banner-title" className="grid gap-4 rounded bg-white p-4 shadow-sm">
      <h1 id="banner-title" className="text-xl font-bold">紧急公告（重大突发公共卫生事件，第七条）</h1>
      <p className="text-slate-600">
        由信息统计科或宣传科的审定人提请，经一位局领导（局长或分管副局长）批准后，显示在网站每个公开页面的顶部；提请人不能批准自己的提请。
        审定人或局领导可随时填写理由撤下正在显示的公告。每一步都记入审计日志。
      </p>
      <div>
        <h2 className="mb-1 font-bold">网站当前显示</h2>
        {live ? (
          <p data-testid="live-banner">
            <Link href={`/staff/records/${live.recordId}`} className="text-brand underline">{live.message}</Link>
            <span className="ml-2 text-sm text-slate-600">（{formatDateTime(live.updatedAt)} 批准显示）</span>
          </p>
        ) : (
          <p>当前没有紧急公告。</p>
        )}
      </div>
      <div>
        <h2 className="mb-1 font-bold">待局领导批准</h2>
        {open.length ? (
          <ul className="list-disc pl-6">
            {open.map((r) => (
              <li key={r.id}><Link href={`/staff/records/${r.id}`} className="text-brand underline">{r.title}</Link> <span className="text-sm text-slate-600">{formatDateTime(r.createdAt)}</span></li>
            ))}
          </ul>
        ) : (
          <p>没有待批准的紧急公告。</p>
        )}
      </div>
      {actor.roles.includes("finalizer") && (
        <p><Link href="/staff/forms/emergency-banner/new" className="inline-block rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-dark">提请发布紧急公告</Link></p>
      )}
    </section>
  );
}
