"use client";

// The public start form of a definition: a real <form method="post"> bound to a server action,
// so it works without JavaScript; with scripts it checks the fields before posting and keeps
// the page. A refusal comes back with what was typed, the messages and a new question.
import Link from "next/link";
import { startTransition, useActionState, useRef, useState } from "react";
import { PrintButton } from "@/components/public/print-button";
import type { StartState } from "@/lib/form-engine/public/entry-state";
import { buildSchema } from "@/lib/form-engine/schema";
import type { DataField, FormDefinition } from "@/lib/form-engine/types";
import { PlainField } from "./plain-field";

export interface PublicStartFormProps {
  formKey: string;
  fields: DataField[];
  honeypot: boolean;
  receipt: { heading: string; text: string };
  submitLabel: string;
  queryHref: string;
  initial: StartState;
  action: (prev: StartState, form: FormData) => Promise<StartState>;
}

function clientErrors(fields: DataField[], form: FormData, challenge: boolean): Record<string, string> {
  const values = Object.fromEntries(fields.map((f) => [f.key, String(form.get(f.key) ?? "")]));
  const r = buildSchema({ fields } as FormDefinition, "full").safeParse(values);
  const errors: Record<string, string> = {};
  if (!r.success) for (const i of r.error.issues) errors[String(i.path[0] ?? "_")] ??= i.message;
  if (challenge && !String(form.get("challengeAnswer") ?? "").trim()) errors.challenge = "请回答验证问题";
  return errors;
}

export function PublicStartForm({ formKey, fields, honeypot, receipt, submitLabel, queryHref, initial, action }: PublicStartFormProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  const [local, setLocal] = useState<{ n: number; errors: Record<string, string> }>({ n: -1, errors: {} });

  if (state.status === "done") {
    return (
      <section aria-labelledby="sent-h" className="rounded border border-green-300 bg-green-50 p-4">
        <h2 id="sent-h" className="text-xl font-bold">{receipt.heading}</h2>
        <p className="mt-2">您的查询码：</p>
        <p className="my-3 font-mono text-3xl tracking-widest" data-testid="query-code">{state.queryCode}</p>
        <p className="text-sm text-slate-700">{receipt.text}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <PrintButton />
          <Link href={queryHref} className="text-brand underline print:hidden">查询办理情况</Link>
        </div>
      </section>
    );
  }

  // Messages found in the browser belong to the form as the server last returned it.
  const errors = { ...(state.fieldErrors ?? {}), ...(local.n === state.n ? local.errors : {}) };
  const message = local.n === state.n && Object.keys(local.errors).length ? "填写的内容有误，请按提示修改后再提交。" : state.message;
  const challenge = state.challenge;
  return (
    <form action={formAction} method="post"
      key={state.n}
      ref={formRef}
      noValidate
      className="grid gap-1"
      onSubmit={(e) => {
        const found = clientErrors(fields, new FormData(e.currentTarget), !!challenge);
        setLocal({ n: state.n, errors: found });
        if (Object.keys(found).length) {
          e.preventDefault();
          const first = fields.find((f) => found[f.key]);
          document.getElementById(first ? `f-${first.key}` : "challenge")?.focus();
        }
      }}
    >
      <input type="hidden" name="formKey" value={formKey} />
      <input type="hidden" name="idempotencyKey" value={state.idempotencyKey} />
      {fields.map((f) => <PlainField key={f.key} field={f} value={state.values[f.key] ?? ""} error={errors[f.key]} />)}
      {honeypot ? (
        // People never see this field; bots that fill in every input do.
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="website">网址（请勿填写）</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      ) : null}
      {challenge ? (
        <div className="mb-4">
          <input type="hidden" name="challengeToken" value={challenge.token} />
          <label htmlFor="challenge" className="mb-1 block font-medium">验证问题：<span data-testid="challenge-question">{challenge.question}</span><span className="text-red-700" aria-hidden> *</span></label>
          <input id="challenge" name="challengeAnswer" inputMode="numeric" autoComplete="off" defaultValue=""
            aria-invalid={errors.challenge ? true : undefined} aria-describedby={errors.challenge ? "challenge-err" : "challenge-help"} className="w-32 rounded border border-slate-400 px-2 py-1.5" />
          <button type="button" className="ml-3 text-brand underline" onClick={() => {
            if (!formRef.current) return;
            const fd = new FormData(formRef.current);
            fd.set("intent", "refresh");
            startTransition(() => formAction(fd));
          }}>换一题</button>
          <p id="challenge-help" className="mt-1 text-sm text-slate-600">用于防止自动程序批量提交。题目为文字，读屏软件可以朗读；每道题只能使用一次，10分钟内有效。</p>
          {errors.challenge ? <p id="challenge-err" role="alert" className="mt-1 text-sm text-red-700">{errors.challenge}</p> : null}
        </div>
      ) : null}
      {message ? <p role="alert" className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-red-800">{message}</p> : null}
      <div>
        <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-brand px-6 py-2 text-white disabled:opacity-60">{pending ? "正在提交…" : submitLabel}</button>
      </div>
    </form>
  );
}
