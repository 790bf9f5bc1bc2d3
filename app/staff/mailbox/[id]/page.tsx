import Link from "next/link";
import { notFound } from "next/navigation";
import { requestClientIp } from "@/lib/security/client-ip";
import { RecordWorkArea } from "@/components/forms/record-work-area";
import { MAILBOX_FORM_KEY, mailboxLetter } from "@/forms/mailbox-letter";
import { requireActor } from "@/lib/auth/session";
import { loadCalendar } from "@/lib/calendar/load";
import { getDb } from "@/lib/db/client";
import { personalDataView } from "@/lib/form-engine/personal";
import { factsOf } from "@/lib/form-engine/records";
import { loadLookups } from "@/lib/form-engine/lookups";
import { stateLabel } from "@/lib/form-engine/present";
import type { FormData } from "@/lib/form-engine/types";
import { recordView } from "@/lib/form-engine/view";
import { letterFacts, OPEN_STATES, urgencyOf } from "@/lib/mailbox/letters";

export const metadata = { title: "来信详情" };

export default async function LetterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const { id } = await params;
  const { done } = await searchParams;
  const actor = await requireActor(`/staff/mailbox/${id}`);
  const db = getDb();
  // Only the staff handling the letter get this far (the engine's canView); others read "not found".
  const view = await recordView(db, actor, id);
  if (!view || view.def.key !== MAILBOX_FORM_KEY) {
    // After 退回局办公室 the section no longer sees the letter: confirm the step instead of "not found".
    // The text names only an action of the definition, so it says nothing about the record.
    if (done && mailboxLetter.actions.some((a) => a.label === done)) return (
      <section className="rounded bg-white p-4 shadow-sm">
        <p role="status" className="rounded bg-green-50 p-2 text-green-800">已{done}。该来信已不在您的办理范围内。</p>
        <p className="mt-2"><Link href="/staff/mailbox" className="underline">返回来信列表</Link></p>
      </section>
    );
    notFound();
  }
  const { def, record } = view;
  // The writer's personal data (fields marked `personal` on the definition): this view is audited.
  const { data } = await personalDataView(db, actor, { def, recordId: record.id, facts: factsOf(def, record), data: record.data as FormData }, { ip: await requestClientIp() });
  const [lookups, cal] = await Promise.all([loadLookups(db), loadCalendar(db)]);
  const facts = letterFacts(cal, record.events);
  const open = OPEN_STATES.includes(record.state);
  const urgency = open ? urgencyOf(cal, facts.deadline.due, new Date()) : null;
  return (
    <div className="grid gap-6">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="letter-h">
        <p className="text-sm text-slate-600">{def.title}</p>
        <h1 id="letter-h" className="text-xl font-bold">{record.title}</h1>
        <p className="mt-1">状态：<strong data-testid="record-state">{stateLabel(def, record.state)}</strong></p>
        <p className="mt-1" data-testid="letter-deadline">
          答复期限：<strong>{facts.deadline.due}</strong>
          {facts.deadline.provisional ? <span className="ml-2 rounded bg-amber-100 px-1 text-amber-800">暂定</span> : null}
          {urgency === "overdue" ? <span className="ml-2 font-bold text-red-700">已超期</span> : urgency === "due_soon" ? <span className="ml-2 text-amber-700">3个工作日内到期</span> : null}
        </p>
        <p className="text-sm text-slate-600">{facts.deadline.explanation}。</p>
        {done ? <p role="status" className="mt-2 rounded bg-green-50 p-2 text-green-800">已{done}。</p> : null}
        <p className="mt-2 text-sm text-amber-800">来信人的姓名和联系方式仅供办理本件使用，查看已记入审计日志，不得外传或公开。</p>
      </section>
      <RecordWorkArea view={view} data={data} lookups={lookups} doneHref="/staff/mailbox/:id" back={{ href: "/staff/mailbox", label: "返回来信列表" }} />
    </div>
  );
}
