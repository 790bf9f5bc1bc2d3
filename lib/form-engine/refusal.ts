// A field-level refusal (`refuseWhen`): the one rule the server's transition and the browser's
// form both apply, so the message beside the field is the same before and after sending.
import type { DataField, FormData } from "./types";

export interface Refusal {
  field: string;
  message: string;
}

export function refusalOf(fields: readonly DataField[], data: FormData | Record<string, unknown>): Refusal | null {
  for (const f of fields) if (f.refuseWhen && data[f.key] === f.refuseWhen.equals) return { field: f.key, message: f.refuseWhen.message };
  return null;
}
