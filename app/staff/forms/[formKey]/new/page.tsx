import { notFound } from "next/navigation";
import { RecordForm } from "@/components/forms/record-form";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { clientDefinition } from "@/lib/form-engine/client-definition";
import { newRecordView } from "@/lib/form-engine/view";

export const metadata = { title: "新建" };

export default async function NewRecordPage({ params }: { params: Promise<{ formKey: string }> }) {
  const { formKey } = await params;
  const actor = await requireActor(`/staff/forms/${formKey}/new`);
  const view = await newRecordView(getDb(), actor, formKey);
  if (!view) notFound();
  return (
    <div className="rounded bg-white p-4 shadow-sm">
      <h1 className="mb-4 text-xl font-bold">新建{view.def.title}</h1>
      {view.refusal !== null ? (
        <p role="alert">{view.refusal}</p>
      ) : (
        <RecordForm def={clientDefinition(view.def, view.actionKeys)} recordId={null} version={null} initialData={view.data} actionKeys={view.actionKeys} columns={view.columns} sections={view.sections} columnTree={view.columnTree} />
      )}
    </div>
  );
}
