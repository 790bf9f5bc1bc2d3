"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useActionState, useRef, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { postTransition, runTransition } from "@/lib/form-engine/staff-actions";
import { isVisible } from "@/lib/form-engine/define";
import { buildSchema } from "@/lib/form-engine/schema";
import { refusalOf } from "@/lib/form-engine/refusal";
import type { ClientAction, ClientDefinition } from "@/lib/form-engine/client-definition";
import type { ColumnTreeOption } from "@/lib/form-engine/options";
import type { FormData } from "@/lib/form-engine/types";
import { FieldInput, type Option, type Values } from "./field-input";

export interface RecordFormProps {
  /** The client projection of the definition (clientDefinition()), never the definition itself. */
  def: ClientDefinition;
  recordId: string | null;
  version: number | null;
  initialData: FormData;
  /** Keys of the actions the server says this user may take now. */
  actionKeys: string[];
  columns: Option[];
  sections: Option[];
  /** The live column tree, for fields that pick a column by its code. */
  columnTree?: ColumnTreeOption[];
  /** Where to go after a step; ":id" becomes the record id. A public form passes its own page. */
  doneHref?: string;
}

/**
 * The definition's fields and action buttons. Validation uses the same zod schema as the
 * server; the server still decides, and its field messages land next to the fields.
 */
export function RecordForm({ def, recordId, version, initialData, actionKeys, columns, sections, columnTree = [], doneHref = "/staff/records/:id" }: RecordFormProps) {
  const actions = def.actions.filter((a) => actionKeys.includes(a.key));
  const editable = new Set(actions.flatMap((a) => a.edits ?? []));
  const current = useRef<ClientAction | null>(null);
  // The same conditions the server evaluates, with column codes from the picker's options.
  const conditions = { columnSlugs: Object.fromEntries(columns.flatMap((c) => (c.slug ? [[c.id, c.slug]] : []))), columnAncestors: Object.fromEntries(columns.map((c) => [c.id, c.ancestors ?? []])) };
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [opinion, setOpinion] = useState("");
  const [opinionError, setOpinionError] = useState<string | null>(null);
  // Without JavaScript the form posts to the server (postTransition); its answer shows here.
  const [posted, postAction] = useActionState(postTransition, null);

  const resolver: Resolver<Values> = (values, ctx, opts) => {
    const a = current.current;
    if (!a?.edits) return { values, errors: {} };
    return (zodResolver(buildSchema(def, a.validate ?? "full", conditions)) as unknown as Resolver<Values>)(values, ctx, opts);
  };
  const methods = useForm<Values>({ defaultValues: initialData as Values, resolver, mode: "onSubmit" });
  const { register, handleSubmit, formState, setError, watch } = methods;
  const values = watch();

  async function send(a: ClientAction, data: Values) {
    setMessage(null);
    setOpinionError(null);
    if (!a.edits && formState.isDirty && editable.size > 0) {
      setMessage("您修改了内容但尚未保存。请先点击“保存草稿”（修改后需重新审核），或刷新页面放弃修改。");
      return;
    }
    if (a.opinion === "required" && !opinion.trim()) {
      setOpinionError(`请填写${a.label}的意见或理由。`);
      return;
    }
    setBusy(true);
    const payload = a.edits ? Object.fromEntries(a.edits.map((k) => [k, data[k] ?? ""])) : undefined;
    const r = await runTransition({ formKey: def.key, recordId, version, action: a.key, data: payload, opinion: a.opinion && a.opinion !== "none" ? opinion : null }).catch(() => ({ ok: false as const, message: "网络异常，操作未完成。您填写的内容仍在页面上，请稍后重试。", fieldErrors: undefined }));
    setBusy(false);
    if (r.ok) {
      router.push(`${doneHref.replace(":id", r.recordId)}?done=${encodeURIComponent(a.label)}`);
      router.refresh();
      return;
    }
    setMessage(r.message);
    for (const [k, m] of Object.entries(r.fieldErrors ?? {})) {
      if (k === "opinion") setOpinionError(m);
      else setError(k, { message: m }, { shouldFocus: true });
    }
  }

  const click = (a: ClientAction) => {
    current.current = a;
    // The server refuses the same way (refuseWhen); saying it here sends nothing typed.
    const refused = refusalOf(def.fields, methods.getValues() as FormData);
    if (refused) {
      setError(refused.field, { message: refused.message }, { shouldFocus: true });
      setMessage(refused.message);
      return;
    }
    void handleSubmit((data) => send(a, data), () => setMessage("填写的内容有误，请按提示修改后再提交。"))();
  };

  const fields = def.fields.filter((f) => editable.has(f.key) && isVisible(f, values as FormData, conditions));
  const groups: { legend: string | null; fields: typeof fields }[] = [];
  for (const f of fields) {
    const last = groups.at(-1);
    if (last && last.legend === (f.group ?? null)) last.fields.push(f);
    else groups.push({ legend: f.group ?? null, fields: [f] });
  }
  const opinionAction = actions.find((a) => a.opinion && a.opinion !== "none");

  return (
    <FormProvider {...methods}>
      <form action={postAction} onSubmit={(e) => e.preventDefault()} noValidate aria-label={def.title} className="grid gap-2">
        <input type="hidden" name="__formKey" value={def.key} />
        <input type="hidden" name="__recordId" value={recordId ?? ""} />
        <input type="hidden" name="__version" value={version ?? ""} />
        <input type="hidden" name="__done" value={doneHref} />
        {groups.map((g, i) =>
          g.legend ? (
            <fieldset key={i} className="mb-2 rounded border border-slate-300 p-3">
              <legend className="px-1 font-bold">{g.legend}</legend>
              {g.fields.map((f) => <FieldInput key={f.key} field={f} register={register} errors={formState.errors} options={{ columns, sections, columnTree }} />)}
            </fieldset>
          ) : (
            g.fields.map((f) => <FieldInput key={f.key} field={f} register={register} errors={formState.errors} options={{ columns, sections, columnTree }} />)
          ),
        )}
        {opinionAction ? (
          <div className="mb-2">
            <label htmlFor="opinion" className="mb-1 block font-medium">意见</label>
            <textarea id="opinion" name="__opinion" rows={3} value={opinion} onChange={(e) => setOpinion(e.target.value)} placeholder={opinionAction.defaultOpinion ? `留空则为“${opinionAction.defaultOpinion}”` : "退回或撤稿时必须填写理由"}
              aria-invalid={opinionError ? true : undefined} aria-describedby={opinionError ? "opinion-err" : undefined} className="w-full rounded border border-slate-400 px-2 py-1.5" />
            {opinionError ? <p id="opinion-err" role="alert" className="mt-1 text-sm text-red-700">{opinionError}</p> : null}
          </div>
        ) : null}
        {message ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{message}</p> : null}
        {posted && !message ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
            <p>{posted.message}</p>
            {posted.fieldErrors ? (
              <ul className="list-disc pl-6">
                {Object.entries(posted.fieldErrors).map(([k, m]) => <li key={k}>{def.fields.find((f) => f.key === k)?.label ?? "意见"}：{m}</li>)}
              </ul>
            ) : null}
          </div>
        ) : null}
        {/* On a phone the buttons stay in reach at the bottom of the screen while scrolling a long form. */}
        <div data-testid="action-bar" className="sticky bottom-0 z-10 -mx-4 flex flex-wrap gap-2 border-t border-slate-300 bg-white px-4 py-3 shadow-[0_-2px_4px_rgba(0,0,0,0.06)] sm:static sm:mx-0 sm:border-0 sm:p-0 sm:shadow-none">
          {actions.map((a) => (
            <button key={a.key} type="submit" name="__action" value={a.key} disabled={busy} onClick={(e) => { e.preventDefault(); click(a); }}
              className={`rounded px-4 py-2 disabled:opacity-60 ${a.tone === "danger" ? "border border-red-700 text-red-700" : a.tone === "primary" ? "bg-brand text-white" : "border border-slate-500"}`}>
              {a.label}
            </button>
          ))}
        </div>
      </form>
    </FormProvider>
  );
}
