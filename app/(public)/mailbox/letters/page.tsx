import { Breadcrumb } from "@/components/public/breadcrumb";
import { getPublicMailbox } from "@/lib/mailbox/public-letters";

export const metadata = { title: "信件公开", description: "经来信人同意公开的来信及答复，和每月办理情况统计。" };

// Static; refreshed by tag when a reply is approved (lib/mailbox/revalidate.ts).
export const revalidate = 3600;

export default async function MailboxLettersPage() {
  const { letters, stats } = await getPublicMailbox();
  return (
    <div>
      <Breadcrumb items={[{ label: "领导信箱 · 公众意见箱", href: "/mailbox" }, { label: "信件公开" }]} />
      <div className="grid gap-6 rounded bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">信件公开</h1>
        <section aria-labelledby="stats-h">
          <h2 id="stats-h" className="mb-2 text-lg font-bold">每月办理情况</h2>
          {stats.length === 0 ? <p className="text-slate-500">暂无来信。</p> : (
            <div className="overflow-x-auto">
              <table className="w-full text-left" data-testid="mailbox-stats">
                <thead><tr className="border-b"><th scope="col" className="py-1">月份</th><th scope="col">收信</th><th scope="col">答复</th><th scope="col">按期答复率</th><th scope="col">平均答复用时（工作日）</th></tr></thead>
                <tbody>
                  {stats.map((s) => (
                    <tr key={s.month} className="border-b border-slate-100">
                      <td className="py-1">{s.month}</td><td>{s.received}</td><td>{s.answered}</td>
                      <td>{s.onTimeRate === null ? "—" : `${s.onTimeRate}%`}</td><td>{s.avgWorkingDays ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section aria-labelledby="letters-h">
          <h2 id="letters-h" className="mb-2 text-lg font-bold">来信及答复</h2>
          {letters.length === 0 ? <p className="text-slate-500">暂无公开信件。</p> : (
            <ul className="grid gap-4">
              {letters.map((l) => (
                <li key={l.id} className="rounded border border-slate-200 p-4" data-testid="public-letter">
                  <h3 className="text-lg font-bold">{l.subject}</h3>
                  <p className="text-sm text-slate-600">{l.box} · {l.category}</p>
                  <p className="mt-2 whitespace-pre-wrap">{l.content}</p>
                  <dl className="mt-3 grid grid-cols-[6em_1fr] gap-y-1 border-t border-slate-100 pt-2">
                    <dt className="text-slate-600">受理日期</dt><dd>{l.receivedDate}</dd>
                    <dt className="text-slate-600">答复日期</dt><dd>{l.answeredDate}</dd>
                    <dt className="text-slate-600">答复部门</dt><dd>{l.dept}</dd>
                    <dt className="text-slate-600">答复内容</dt><dd className="whitespace-pre-wrap">{l.reply}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
