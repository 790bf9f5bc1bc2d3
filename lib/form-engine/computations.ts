// Fields a step computes on the server instead of taking them from the user (e.g. the tables of
// the annual report, counted from the cases and articles when its draft is saved). A definition
// names them on an action (`computes`), like effects, so that it stays importable by the browser;
// the database work is registered at start-up (forms/server.ts). The transition runs them after
// merging the user's edits and before validation and the guards, so what is validated, checked
// and stored (with the event's content hash) is what was computed.
import type { Db } from "@/lib/db/client";
import type { ActionDef, FormData } from "./types";

export interface Computation {
  name: string;
  /** The only fields it may write; anything else it returns is ignored. */
  fields: readonly string[];
  compute: (db: Db, input: { formKey: string; recordId: string | null; data: FormData; now: Date }) => Promise<FormData>;
}

// On globalThis for the same reason as the form registry (registry.ts).
const holder = globalThis as { __portalComputations?: Map<string, Computation> };
const store = (holder.__portalComputations ??= new Map<string, Computation>());

export function registerComputation(c: Computation): void {
  store.set(c.name, c);
}

/** The data with every computation the action names applied, in order. */
export async function applyComputations(db: Db, action: ActionDef, data: FormData, input: { formKey: string; recordId: string | null; now: Date }): Promise<FormData> {
  let out = data;
  for (const name of action.computes ?? []) {
    const c = store.get(name);
    if (!c) throw new Error(`unknown computation ${name} in action ${action.key}`);
    const values = await c.compute(db, { ...input, data: out });
    out = { ...out, ...Object.fromEntries(c.fields.filter((k) => k in values).map((k) => [k, values[k]!])) };
  }
  return out;
}
