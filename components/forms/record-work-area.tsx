import Link from "next/link";
import { clientDefinition } from "@/lib/form-engine/client-definition";
import type { Lookups } from "@/lib/form-engine/present";
import type { FormData } from "@/lib/form-engine/types";
import type { recordView } from "@/lib/form-engine/view";
import { RecordDetail } from "./record-detail";
import { RecordForm } from "./record-form";
import { RecordTimeline } from "./record-timeline";

type View = NonNullable<Awaited<ReturnType<typeof recordView>>>;

/** The part every record page shares: the actions the actor may take, the data, the timeline. */
export function RecordWorkArea({ view, data, lookups, doneHref, back }: { view: View; data: FormData; lookups: Lookups; doneHref?: string; back: { href: string; label: string } }) {
  const { def, record } = view;
  return (
    <>
      {view.actionKeys.length > 0 ? (
        <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="act-h">
          <h2 id="act-h" className="mb-3 text-lg font-bold">办理</h2>
          <RecordForm key={record.version} def={clientDefinition(def, view.actionKeys)} recordId={record.id} version={record.version} initialData={data} actionKeys={view.actionKeys} columns={view.columns} sections={view.sections} doneHref={doneHref} />
        </section>
      ) : null}
      <section className="rounded bg-white p-4 shadow-sm">
        <RecordDetail def={def} data={data} events={record.events} lookups={lookups} />
      </section>
      <section className="rounded bg-white p-4 shadow-sm">
        <RecordTimeline def={def} events={record.events} />
      </section>
      <p><Link href={back.href} className="text-brand underline">{back.label}</Link></p>
    </>
  );
}
