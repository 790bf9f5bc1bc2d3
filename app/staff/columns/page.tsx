import Link from "next/link";
import { COLUMN_FORM } from "@/forms/column-assignment";
import { allowed } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { draftFlagsFor } from "@/lib/columns/draft-flags";
import { informantsBySection } from "@/lib/columns/informants";
import { diffVersions, listVersions, liveTree, sectionNames } from "@/lib/columns/table";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "栏目管理" };

const toId = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : null);

export default async function ColumnsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/staff/columns");
  const db = getDb();
  const q = await searchParams;
  const [tree, names, versions, flags, informants, pages] = await Promise.all([
    liveTree(db), sectionNames(db), listVersions(db), draftFlagsFor(db, actor.sectionId), informantsBySection(db),
    db.column.findMany({ where: { kind: "page" }, select: { slug: true } }),
  ]);
  const pageSlugs = new Set(pages.map((p) => p.slug));
  const from = toId(q.from);
  const to = toId(q.to);
  const diff = from !== null && to !== null ? await diffVersions(db, from, to) : null;
  const mayPropose = await allowed(actor, { start: COLUMN_FORM }, db);

  return (
    <div className="space-y-4">
      <section className="rounded bg-white p-4 shadow-sm">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-xl font-bold">栏目及责任科室</h1>
          {mayPropose ? <Link href="/staff/forms/column-assignment/new" className="rounded bg-brand px-4 py-2 text-white">新建栏目调整</Link> : null}
        </div>
        <p className="mb-2 text-sm text-slate-600">栏目的增删、更名、移动和责任科室、更新周期的调整，须由信息统计科提出：一般调整经局办公室审核、分管领导批准后由信息统计科执行生效；初始设置和大幅度调整还须征求各科室和各位局领导的意见，经局长审定后生效（第五条、第十条）。单页栏目的内容通过信息发布审批表修改，发布后替换页面内容，历次内容可在“历次内容”中查看。</p>
        <table className="w-full text-left" aria-label="栏目表">
          <thead><tr className="border-b"><th className="py-1">栏目</th><th>代码</th><th>责任科室</th><th>信息员</th><th>更新周期</th><th>状态</th></tr></thead>
          <tbody>
            {tree.map((c) => (
              <tr key={c.slug} className="border-b border-slate-100" data-slug={c.slug}>
                <td className="py-1" style={{ paddingLeft: `${c.depth * 1.5}rem` }}>
                  {c.name}
                  {pageSlugs.has(c.slug) ? <> （单页，<Link href={`/staff/columns/pages/${c.slug}`} className="text-brand underline">历次内容</Link>）</> : null}
                </td>
                <td className="font-mono text-sm">{c.slug}</td>
                <td>{c.sections.map((s) => names[s] ?? s).join("、") || "—"}</td>
                <td data-testid="column-informants">
                  {c.sections.length === 0 ? "—" : c.sections.map((s) => {
                    const who = informants[s];
                    return <div key={s}>{who ? `${who.name}（${who.officePhone}）` : <span className="text-red-700">{names[s] ?? s}未登记信息员</span>}</div>;
                  })}
                </td>
                <td>{c.intervalDays ? `${c.intervalDays}天` : "—"}</td>
                <td>{c.visible ? "显示" : "隐藏"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {flags.length > 0 ? (
        <section className="rounded bg-white p-4 shadow-sm">
          <h2 className="mb-2 text-lg font-bold">转入本科室的在办信息</h2>
          <p className="mb-2 text-sm text-slate-600">下列信息所属栏目已调整由本科室负责，原科室不能再提交，请与原科室联系接手。</p>
          <ul className="list-disc pl-6">
            {flags.map((f) => (
              <li key={f.id}><Link href={`/staff/records/${f.recordId}`} className="text-brand underline">{f.title || "（未命名）"}</Link>（原科室：{names[f.fromSection] ?? f.fromSection}，<time>{formatDateTime(f.createdAt)}</time>）</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="rounded bg-white p-4 shadow-sm">
        <h2 className="mb-2 text-lg font-bold">历史版本</h2>
        {versions.length === 0 ? <p className="text-slate-500">栏目表尚未调整过。</p> : (
          <>
            <form className="mb-3 flex flex-wrap items-end gap-2" method="get">
              <label>从版本 <select name="from" defaultValue={String(from ?? versions.at(-1)!.id)} className="rounded border px-2 py-1">{versions.map((v) => <option key={v.id} value={v.id}>{v.id}</option>)}</select></label>
              <label>到版本 <select name="to" defaultValue={String(to ?? versions[0]!.id)} className="rounded border px-2 py-1">{versions.map((v) => <option key={v.id} value={v.id}>{v.id}</option>)}</select></label>
              <button className="rounded bg-brand px-3 py-1 text-white">比较</button>
            </form>
            {diff ? (
              <div aria-label="版本差异" className="mb-3 rounded border border-slate-200 p-2">
                {diff.length === 0 ? <p>两个版本相同。</p> : <ul className="list-disc pl-6">{diff.map((l, i) => <li key={i}>{l}</li>)}</ul>}
              </div>
            ) : from !== null ? <p role="alert">所选版本不存在。</p> : null}
            <table className="w-full text-left">
              <thead><tr className="border-b"><th className="py-1">版本</th><th>说明</th><th>审批表</th><th>生效时间</th></tr></thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id} className="border-b border-slate-100">
                    <td className="py-1">{v.id}</td>
                    <td>{v.summary}</td>
                    <td>{v.recordId ? <Link href={`/staff/records/${v.recordId}`} className="text-brand underline">查看</Link> : "—"}</td>
                    <td><time>{formatDateTime(v.createdAt)}</time></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
