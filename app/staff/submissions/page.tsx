import Link from "next/link";
import { notFound } from "next/navigation";
import { Pager } from "@/components/staff/pager";
import { allowed } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { listHref, parseListQuery } from "@/lib/form-engine/list-query";
import { myRecords } from "@/lib/form-engine/tasks";
import { adoptionLinksOf } from "@/lib/unit-submission/links";

export const metadata = { title: "信息报送" };

const PATH = "/staff/submissions";
const FORM = "unit-submission";

/**
 * 信息报送 (Art. 8, 16): a reporter's own submissions with their state and the article each
 * became; a city section's received ones; all of them for 局办公室. The engine's list query
 * decides which rows (the definition's parties and viewers).
 */
export default async function SubmissionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor(PATH);
  if (!(await allowed(actor, { permission: "submissions.use" }))) notFound();
  const { page } = parseListQuery(await searchParams);
  const db = getDb();
  const [list, mayStart] = await Promise.all([myRecords(db, actor, { form: FORM, page }), allowed(actor, { start: FORM }, db)]);
  const links = await adoptionLinksOf(db, list.items.map((r) => r.recordId));
  return (
    <div className="rounded bg-white p-4 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold">信息报送</h1>
        {mayStart ? <Link href={`/staff/forms/${FORM}/new`} className="rounded bg-brand px-4 py-2 text-white">新建信息报送</Link> : null}
      </div>
      <p className="mb-3 text-sm text-slate-600">
        {mayStart
          ? "本单位没有网站发布账号：需要在局网站发布的信息，报送给业务归口的市局科室，由科室采用后按第九条审批发布（第八条、第十六条）。"
          : "县（市、区）卫生计生局和市局直属单位报送的信息：采用后生成本科室的网站信息发布审批表；也可退回修改或不予采用。"}
      </p>
      {list.total === 0 ? <p className="text-slate-500">暂无信息报送。</p> : (
        <table className="w-full text-left">
          <thead><tr className="border-b"><th className="py-1">标题</th><th>报送单位</th><th>状态</th><th>采用后的文章</th><th>更新时间</th></tr></thead>
          <tbody>
            {list.items.map((r) => {
              const link = links.get(r.recordId);
              return (
                <tr key={r.recordId} className="border-b border-slate-100">
                  <td className="py-1"><Link href={`/staff/records/${r.recordId}`} className="text-brand underline">{r.title}</Link></td>
                  <td>{r.sectionName}</td>
                  <td data-testid="submission-state">{r.state}</td>
                  <td>{link?.articleId ? <Link href={`/articles/${link.articleId}`} className="text-brand underline">查看网站文章</Link> : link ? "审批中" : "—"}</td>
                  <td><time>{formatDateTime(r.updatedAt)}</time></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pager page={list.page} pages={list.pages} total={list.total} label="信息报送" href={(p) => listHref(PATH, { page }, { page: p })} />
    </div>
  );
}
