// Checks a definition's public block when the module loads, so a typo fails fast.
import type { FormDefinition } from "../types";

/** Field types a public form carries as plain form values (no uploads, tables or pickers). */
export const PLAIN_TYPES: readonly string[] = ["text", "longText", "choice", "yesNo", "date", "number"];

export function checkPublicBlock(def: FormDefinition, fail: (msg: string) => never): void {
  const p = def.public;
  if (!p) return;
  const fields = new Set(def.fields.map((f) => f.key));
  const action = (key: string) => def.actions.find((a) => a.key === key);
  if (!/^[a-z][a-z0-9-]*$/.test(p.slug)) fail(`public slug ${p.slug} is not a lower-case route segment`);
  const start = action(p.start);
  if (!start || !start.from.includes("new") || !start.by.some((b) => b.kind === "public")) fail(`public start ${p.start} must create a record and list a public party`);
  if (!fields.has(p.lookup.secondFactor.field) || !start.edits?.includes(p.lookup.secondFactor.field)) fail(`second factor ${p.lookup.secondFactor.field} must be a field of the start action`);
  const plain = (keys: string[] | undefined, where: string) => {
    for (const k of keys ?? []) if (!PLAIN_TYPES.includes(def.fields.find((f) => f.key === k)?.type ?? "")) fail(`${where} field ${k} cannot be filled in on a public page`);
  };
  plain(start.edits, `public start ${p.start}`);
  for (const k of p.citizenActions ?? []) plain(action(k)?.edits, `citizen action ${k}`);
  for (const k of p.prefill ?? []) if (!start.edits?.includes(k)) fail(`prefill ${k} is not a field of the start action`);
  for (const k of p.citizenActions ?? []) {
    if (!action(k)?.by.some((b) => b.kind === "citizen")) fail(`citizen action ${k} must exist and list a citizen party`);
  }
  for (const a of def.actions) {
    if (a.by.some((b) => b.kind === "citizen") && !(p.citizenActions ?? []).includes(a.key)) fail(`action ${a.key} lists a citizen party but is not in citizenActions`);
  }
  for (const e of p.citizenSees.fields) if (!fields.has(typeof e === "string" ? e : e.key)) fail(`citizenSees refers to unknown field ${typeof e === "string" ? e : e.key}`);
  for (const e of p.citizenSees.events) if (!action(typeof e === "string" ? e : e.action)) fail(`citizenSees refers to unknown action ${typeof e === "string" ? e : e.action}`);
  for (const k of p.citizenSees.clocks ?? []) if (!def.clocks?.some((c) => c.key === k)) fail(`citizenSees refers to unknown clock ${k}`);
  if (p.citizenSees.registration && !def.numbering) fail("citizenSees shows a registration number but the definition has no numbering");
}
