import { formatDateTime } from "@/lib/format";
import { actionLabel, stateLabel } from "@/lib/form-engine/present";
import type { EventLike } from "@/lib/form-engine/records";
import type { FormDefinition } from "@/lib/form-engine/types";

/** Every step taken on the record, oldest first, from the append-only event log. */
export function RecordTimeline({ def, events }: { def: FormDefinition; events: EventLike[] }) {
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h" className="mb-2 text-lg font-bold">办理记录</h2>
      <ol className="grid gap-2 border-l-2 border-slate-300 pl-4">
        {events.map((e) => (
          <li key={e.seq}>
            <p>
              <time className="text-slate-600">{formatDateTime(e.createdAt)}</time> <strong>{e.actorName}</strong> {actionLabel(def, e.action)}
              <span className="text-slate-600">（{e.fromState ? `${stateLabel(def, e.fromState)} → ` : ""}{stateLabel(def, e.toState)}）</span>
            </p>
            {e.opinion ? <p className="text-slate-800">意见：{e.opinion}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
