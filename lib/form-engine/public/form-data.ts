// Reading a public form post (FormData from a <form method="post">) into plain values.
import type { DataField } from "../types";

export function valuesOf(form: FormData, fields: DataField[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.key, String(form.get(f.key) ?? "")]));
}

export const text = (form: FormData, name: string, max = 200) => String(form.get(name) ?? "").slice(0, max);
