import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordWorkArea } from "@/components/forms/record-work-area";
import { ClassifiedCheck } from "@/components/staff/classified-check";
import { RecordClocks } from "@/components/forms/record-clocks";
import { TopicLinks } from "@/components/staff/topic-links";
import { UrgentFlag } from "@/components/forms/urgent-flag";
import { AdoptionLink } from "@/components/staff/adoption-link";
import { requireActor } from "@/lib/auth/session";
import { articlePreview } from "@/lib/content/preview";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { loadLookups } from "@/lib/form-engine/lookups";
import { stateLabel } from "@/lib/form-engine/present";
import { letterOpen } from "@/lib/form-engine/letters/compose";
import type { FormData } from "@/lib/form-engine/types";
import { recordView } from "@/lib/form-engine/view";
import { personalDataView } from "@/lib/form-engine/personal";
import { factsOf } from "@/lib/form-engine/records";
import { requestClientIp } from "@/lib/security/client-ip";

export const metadata = { title: "事项详情" };

export default async function RecordPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const { id } = await params;
  const { done } = await searchParams;
  const actor = await requireActor(`/staff/records/${id}`);
  const view = await recordView(getDb(), actor, id);
  if (!view) notFound();
  const { def, record } = view;
  const data = (await personalDataView(getDb(), actor, { def, recordId: record.id, facts: factsOf(def, record), data: record.data as FormData }, { ip: await requestClientIp() })).data;
  const lookups = await loadLookups(getDb());
  const article = await getDb().article.findUnique({ where: { recordId: record.id }, select: { id: true, publishAt: true, withdrawnAt: true } });
  return (
    <div className="grid gap-6">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="record-h">
        <p className="text-sm text-slate-600">{def.title} · {record.section?.name}</p>
        <h1 id="record-h" className="text-xl font-bold">{record.title}</h1>
        <p className="mt-1">状态：<strong data-testid="record-state">{stateLabel(def, record.state)}</strong></p>
        <UrgentFlag formKey={def.key} state={record.state} data={record.data as FormData} signed={record.signedParties} />
        {done ? <p role="status" className="mt-2 rounded bg-green-50 p-2 text-green-800">已{done}。</p> : null}
        {article && !article.withdrawnAt ? (
          <p className="mt-2">
            {article.publishAt > new Date() ? `将于 ${formatDateTime(article.publishAt)} 在网站显示：` : "已在网站发布："}
            <Link href={`/articles/${article.id}`} className="text-brand underline">查看网站文章</Link>
          </p>
        ) : null}
        {def.print ? (
          <p className="mt-2"><a href={`/api/records/${record.id}/pdf`} className="text-brand underline">打印审批表</a>（PDF）</p>
        ) : null}
        {letterOpen(def, record.state, "staff") ? (
          <p className="mt-2"><a href={`/api/records/${record.id}/letter`} className="text-brand underline" data-testid="staff-letter">下载{def.letter.title}</a>（PDF）</p>
        ) : null}
      </section>
      <RecordClocks def={def} record={record} />
      <TopicLinks record={record} />
      <AdoptionLink recordId={record.id} actor={actor} />
      {def.key === "publication-approval" ? <ClassifiedCheck recordId={record.id} actor={actor} /> : null}
      <RecordWorkArea view={view} data={data} lookups={lookups} back={{ href: "/staff/records", label: "返回事项列表" }} preview={await articlePreview(getDb(), def, record)} />
    </div>
  );
}
