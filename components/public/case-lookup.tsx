"use client";

// The follow-up page of a definition: the query code and the second factor are posted (never
// put in a URL); the answer shows the citizen's projection of the case and the citizen actions
// open now, each a form that posts the same code and factor again. Works without JavaScript.
import { useActionState } from "react";
import type { LookupState } from "@/lib/form-engine/public/entry-state";
import { PlainField } from "./plain-field";

export interface CaseLookupProps {
  formKey: string;
  /** Where the letter (告知书) is posted for, e.g. /disclosure/query/letter; none without a letter. */
  letterAction?: string;
  letterTitle?: string;
  factorLabel: string;
  factorDigits: number;
  action: (prev: LookupState, form: FormData) => Promise<LookupState>;
}

const inputClass = "w-full rounded border border-slate-400 px-2 py-1.5";

export function CaseLookup({ formKey, letterAction, letterTitle, factorLabel, factorDigits, action }: CaseLookupProps) {
  const [state, formAction, pending] = useActionState(action, { n: 0, code: "", factor: "" });
  const view = state.view;
  return (
    <div className="grid gap-4">
      <form key={state.n} action={formAction} method="post" noValidate className="grid max-w-md gap-3">
        <input type="hidden" name="formKey" value={formKey} />
        <input type="hidden" name="intent" value="lookup" />
        <div>
          <label htmlFor="code" className="mb-1 block font-medium">查询码</label>
          <input id="code" name="code" defaultValue={state.code} autoComplete="off" required className={`${inputClass} font-mono`} />
        </div>
        <div>
          <label htmlFor="factor" className="mb-1 block font-medium">{factorLabel}</label>
          <input id="factor" name="factor" defaultValue={state.factor} inputMode="numeric" maxLength={factorDigits} autoComplete="off" required className="w-32 rounded border border-slate-400 px-2 py-1.5" />
        </div>
        <div><button type="submit" disabled={pending} className="rounded bg-brand px-6 py-2 text-white disabled:opacity-60">查询</button></div>
      </form>
      {state.message ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{state.message}</p> : null}
      {state.done ? <p role="status" className="rounded bg-green-50 p-2 text-green-800">已{state.done}。</p> : null}
      {view ? (
        <section aria-labelledby="case-h" className="rounded border border-slate-200 p-4" data-testid="query-result">
          <h2 id="case-h" className="text-lg font-bold">{view.title}</h2>
          <dl className="mt-2 grid grid-cols-[7em_1fr] gap-y-1">
            <dt className="text-slate-600">受理时间</dt><dd>{view.receivedAt}</dd>
            <dt className="text-slate-600">办理状态</dt><dd data-testid="query-state">{view.state}</dd>
            {view.registration ? (
              <>
                <dt className="text-slate-600">{view.registration.numberLabel}</dt><dd data-testid="query-number">{view.registration.number}</dd>
                <dt className="text-slate-600">{view.registration.dateLabel}</dt><dd data-testid="query-received">{view.registration.date}</dd>
              </>
            ) : null}
            {view.clocks.map((c) => (
              <div key={c.key} className="contents">
                <dt className="text-slate-600">{c.label}</dt>
                <dd data-testid={`query-clock-${c.key}`}>
                  <strong>{c.value}</strong>
                  {c.lines.length ? <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">{c.lines.map((l, i) => <li key={i}>{l}</li>)}</ul> : null}
                </dd>
              </div>
            ))}
            {view.fields.map((f) => (
              <div key={f.key} className="contents">
                <dt className="text-slate-600">{f.label}</dt>
                <dd className="whitespace-pre-wrap" data-testid={`query-${f.key}`}>{f.value}</dd>
              </div>
            ))}
          </dl>
          {view.events.length ? (
            <>
              <h3 className="mt-4 font-bold">办理记录</h3>
              <ol className="mt-1 grid gap-1">
                {view.events.map((e, i) => <li key={i}><time>{e.at}</time> {e.label}</li>)}
              </ol>
            </>
          ) : null}
          {view.letter && letterAction ? (
            // A plain form: the code and factor are posted again, never put in the link.
            <form action={letterAction} method="post" className="mt-4 border-t border-slate-200 pt-4">
              <input type="hidden" name="code" value={state.code} />
              <input type="hidden" name="factor" value={state.factor} />
              <button type="submit" className="rounded border border-brand px-4 py-2 text-brand">下载{letterTitle}（PDF）</button>
            </form>
          ) : null}
          {view.actions.map((a) => (
            <form key={`${a.key}-${state.n}`} action={formAction} method="post" noValidate className="mt-4 grid gap-1 border-t border-slate-200 pt-4" aria-label={a.label}>
              <input type="hidden" name="formKey" value={formKey} />
              <input type="hidden" name="intent" value="act" />
              <input type="hidden" name="action" value={a.key} />
              <input type="hidden" name="version" value={view.version} />
              <input type="hidden" name="code" value={state.code} />
              <input type="hidden" name="factor" value={state.factor} />
              {a.fields.map((f) => <PlainField key={f.key} field={f} value="" error={state.fieldErrors?.[f.key]} idPrefix={`a-${a.key}`} />)}
              {a.opinion && a.opinion !== "none" ? (
                <div className="mb-2">
                  <label htmlFor={`a-${a.key}-opinion`} className="mb-1 block font-medium">说明</label>
                  <textarea id={`a-${a.key}-opinion`} name="opinion" rows={3} className={inputClass} />
                  {state.fieldErrors?.opinion ? <p role="alert" className="mt-1 text-sm text-red-700">{state.fieldErrors.opinion}</p> : null}
                </div>
              ) : null}
              <div><button type="submit" disabled={pending} className="rounded bg-brand px-6 py-2 text-white disabled:opacity-60">{a.label}</button></div>
            </form>
          ))}
        </section>
      ) : null}
    </div>
  );
}
