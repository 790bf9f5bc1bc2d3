"use client";

import { useActionState } from "react";
import type { WeightRow } from "@/lib/stats/assessment";
import { saveWeights, type WeightsFormState } from "./actions";

// Works without JavaScript: a plain post to the server action; with it, the messages appear in place.
export function WeightsForm({ weights }: { weights: WeightRow[] }) {
  const initial: WeightsFormState = { ok: true, message: "", values: Object.fromEntries(weights.map((w) => [w.key, String(w.points)])) };
  const [state, action, pending] = useActionState(saveWeights, initial);
  return (
    <form action={action} className="grid gap-3" data-testid="weights-form">
      <div className="grid gap-2 sm:grid-cols-2">
        {weights.map((w) => (
          <div key={w.key} className="grid gap-1">
            <label htmlFor={`w-${w.key}`} className="text-sm font-medium">{w.label}（分）</label>
            <input id={`w-${w.key}`} name={w.key} inputMode="numeric" defaultValue={state.values[w.key]} key={`${w.key}${state.values[w.key]}`}
              aria-invalid={!!state.fieldErrors?.[w.key]} aria-describedby={state.fieldErrors?.[w.key] ? `w-${w.key}-err` : undefined}
              className="rounded border border-slate-400 px-2 py-1" />
            {state.fieldErrors?.[w.key] ? <p id={`w-${w.key}-err`} className="text-sm text-accent">{state.fieldErrors[w.key]}</p> : null}
          </div>
        ))}
      </div>
      <div><button type="submit" disabled={pending} className="rounded bg-slate-700 px-4 py-1 text-white disabled:opacity-60">保存计分办法</button></div>
      {state.message ? <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-accent"}>{state.message}</p> : null}
    </form>
  );
}
