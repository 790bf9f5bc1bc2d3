// On /staff: every overdue or due-soon case the signed-in person must act on, across all
// definitions with clocks (the query is lib/form-engine/clock-list.ts).
import Link from "next/link";
import type { Actor } from "@/lib/auth/login";
import { getDb } from "@/lib/db/client";
import { dueClocks } from "@/lib/form-engine/clock-list";

export async function DueList({ actor }: { actor: Actor }) {
  const rows = await dueClocks(getDb(), actor);
  return (
    <section aria-labelledby="due-h" className="rounded bg-white p-4 shadow-sm">
      <h2 id="due-h" className="mb-2 text-lg font-bold">超期和即将到期（{rows.length}）</h2>
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
    </section>
  );
}
