// On /staff: every overdue or due-soon case the signed-in person must act on, across all
// definitions with clocks (the query is lib/form-engine/clock-list.ts).
import Link from "next/link";
import type { Actor } from "@/lib/auth/login";
import { getDb } from "@/lib/db/client";
import { dueClocks } from "@/lib/form-engine/clock-list";

const PAGE_SIZE = 20;

/** `page` comes from the `due` search parameter of /staff; one more row than shown tells whether a next page exists. */
export async function DueList({ actor, page = 1 }: { actor: Actor; page?: number }) {
  const fetched = await dueClocks(getDb(), actor, new Date(), { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
  const rows = fetched.slice(0, PAGE_SIZE);
  const more = fetched.length > PAGE_SIZE;
  return (
    <section aria-labelledby="due-h" className="rounded bg-white p-4 shadow-sm">
      <h2 id="due-h" className="mb-2 text-lg font-bold">超期和即将到期</h2>
      {rows.length === 0 ? (
        <p className="text-slate-500">没有超期或即将到期的待办事项。</p>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr className="border-b"><th scope="col" className="py-1">事项</th><th scope="col">类别</th><th scope="col">状态</th><th scope="col">期限</th><th scope="col">提示</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.recordId}-${r.clockKey}`} className="border-b border-slate-100" data-urgency={r.urgency}>
                <td className="py-1">
                  <Link href={`/staff/records/${r.recordId}`} className="text-brand underline">{r.title}</Link>
                  {r.registrationNumber ? <span className="ml-1 text-sm text-slate-600">{r.registrationNumber}</span> : null}
                </td>
                <td>{r.formTitle}</td>
                <td>{r.state}</td>
                <td>{r.clockLabel} {r.due}{r.provisional ? "（暂定）" : ""}</td>
                <td className={r.urgency === "overdue" ? "font-bold text-red-700" : "text-amber-700"}>{r.urgency === "overdue" ? "已超期" : "即将到期"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page > 1 || more ? (
        <nav aria-label="超期和即将到期分页" className="mt-2 flex gap-4">
          {page > 1 ? <Link href={`/staff?due=${page - 1}`} className="text-brand underline">上一页</Link> : null}
          <span>第 {page} 页</span>
          {more ? <Link href={`/staff?due=${page + 1}`} className="text-brand underline">下一页</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
