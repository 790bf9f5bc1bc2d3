// Approved 通报 of a period (lib/stats/circulars.ts), with the section named and the case.
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { Circular } from "@/lib/stats/circulars";

export function CircularList({ circulars }: { circulars: Circular[] }) {
  if (circulars.length === 0) return <p data-testid="circulars" data-count={0} className="text-sm text-slate-600">本期无通报。</p>;
  return (
    <ul data-testid="circulars" data-count={circulars.length} className="list-disc pl-6 text-sm">
      {circulars.map((c) => (
        <li key={c.recordId}>
          <span className="font-bold">{c.sectionName}</span>：{c.caseText}（{formatDateTime(c.approvedAt)}批准）
          {c.link ? <> <Link href={c.link} className="text-blue-700 underline">相关信息</Link></> : null}
          {" "}<Link href={`/staff/records/${c.recordId}`} className="text-blue-700 underline">通报单</Link>
        </li>
      ))}
    </ul>
  );
}
