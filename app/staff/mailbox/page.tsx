import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { letterDashboard, type DashboardRow } from "@/lib/mailbox/dashboard";

export const metadata = { title: "来信办理" };

const URGENCY = { overdue: "已超期", due_soon: "3个工作日内到期", on_track: "" } as const;

function Rows({ rows, empty }: { rows: DashboardRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-slate-500">{empty}</p>;
  return (
    <table className="w-full text-left">
      <thead><tr className="border-b"><th scope="col" className="py-1">主题</th><th scope="col">状态</th><th scope="col">收信时间</th><th scope="col">答复期限</th><th scope="col">提示</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.recordId} className="border-b border-slate-100" data-urgency={r.urgency}>
            <td className="py-1"><Link href={`/staff/mailbox/${r.recordId}`} className="text-brand underline">{r.subject}</Link></td>
            <td>{r.state}</td>
            <td><time>{formatDateTime(r.receivedAt)}</time></td>
            <td title={r.deadline.explanation}>{r.deadline.due}{r.deadline.provisional ? "（暂定）" : ""}</td>
            <td className={r.urgency === "overdue" ? "font-bold text-red-700" : "text-amber-700"}>{URGENCY[r.urgency]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function MailboxDashboard() {
  const actor = await requireActor("/staff/mailbox");
  const rows = await letterDashboard(getDb(), actor);
  const flagged = rows.filter((r) => r.urgency !== "on_track");
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">来信办理</h1>
      <section aria-labelledby="flag-h" className="rounded bg-white p-4 shadow-sm">
        <h2 id="flag-h" className="mb-2 text-lg font-bold">超期和即将到期的来信（{flagged.length}）</h2>
        <p className="mb-2 text-sm text-slate-600">承办单位应自转办之日（直接答复的自收信之日）起15个工作日内答复；法定节假日不计，调休上班日计入。</p>
        <Rows rows={flagged} empty="没有超期或3个工作日内到期的来信。" />
      </section>
      <section aria-labelledby="all-h" className="rounded bg-white p-4 shadow-sm">
        <h2 id="all-h" className="mb-2 text-lg font-bold">全部办理中的来信（{rows.length}）</h2>
        <Rows rows={rows} empty="暂无办理中的来信。" />
      </section>
    </div>
  );
}
