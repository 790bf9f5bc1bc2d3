// Art. 20 失泄密 signals of a period (lib/stats/leak-signals.ts): who confirmed an item with
// sensitive keywords as not classified, and who tried to put classified content online.
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { LEAK_SIGNAL_ACTIONS, type LeakSignal } from "@/lib/stats/leak-signals";

export function LeakSignalList({ signals }: { signals: LeakSignal[] }) {
  const count = (k: LeakSignal["kind"]) => signals.filter((s) => s.kind === k).length;
  return (
    <div data-testid="leak-signals" data-count={signals.length}>
      <p className="mb-2 text-sm">涉密关键词确认 {count("classified.confirm")} 次；涉密信息上网尝试（已拒绝，内容未保存）{count("form.refused")} 次。</p>
      {signals.length === 0 ? <p className="text-sm text-slate-600">无。</p> : (
        <ul className="list-disc pl-6 text-sm">
          {signals.slice(0, 100).map((s) => (
            <li key={s.id} data-kind={s.kind}>
              {formatDateTime(s.at)} {LEAK_SIGNAL_ACTIONS[s.kind]}：{s.sectionName ?? "—"} {s.actorName}
              {s.keywords.length ? `（${s.keywords.join("、")}）` : ""}
              {s.recordId ? <> <Link href={`/staff/records/${s.recordId}`} className="text-blue-700 underline">审批单</Link></> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
