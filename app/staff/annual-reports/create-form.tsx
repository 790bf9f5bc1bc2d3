"use client";

import { useActionState } from "react";
import { createReportDraft } from "./actions";

/** A plain form that posts without JavaScript too; a refusal comes back with its Chinese message. */
export function CreateReportForm({ defaultYear }: { defaultYear: number }) {
  const [state, action, pending] = useActionState(createReportDraft, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <label className="grid gap-1">
        <span>报告年度</span>
        <input name="year" type="number" min={2008} max={2100} defaultValue={defaultYear} required className="w-32 rounded border border-slate-400 px-2 py-1" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 text-white">建立年度报告草稿</button>
      {state?.message ? <p role="alert" className="w-full text-red-700">{state.message}</p> : null}
    </form>
  );
}
