// 紧急发布 items still owing sign-offs (lib/stats/urgent-pending.ts), on the statistics page.
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { urgentPending } from "@/lib/stats/urgent-pending";

export async function UrgentPendingFlags() {
  const { total, items } = await urgentPending(getDb());
  return (
    <section aria-labelledby="urgent-pending" data-testid="urgent-pending" className="rounded bg-white p-4 shadow-sm">
      <h2 id="urgent-pending" className="mb-1 text-lg font-bold">紧急发布待补签（第七条、第九条）</h2>
      {total === 0 ? (
        <p className="text-slate-600">没有待补签的紧急发布信息。</p>
      ) : (
        <>
          <p className="mb-2 font-bold text-red-700">{`共${total}项紧急发布的信息尚未补齐审批和审定${total > items.length ? `，以下为最早的${items.length}项` : ""}。`}</p>
          <ul className="grid gap-2">
            {items.map((i) => (
              <li key={i.recordId} data-testid="urgent-pending-item" className="rounded border border-red-200 p-2">
                <Link href={`/staff/records/${i.recordId}`} className="font-bold text-brand underline">{i.title}</Link>
                <p className="text-sm text-slate-700">{`${i.sectionName}，${formatDateTime(i.publishedAt)} 紧急发布；理由：${i.reason}`}</p>
                <p className="text-sm text-red-700">{`待补签：${i.missing.join("、")}`}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
