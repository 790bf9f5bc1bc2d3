// defineForm's checks for a letter and for automatic actions: every option of the letter's
// choice field has exactly one text, states and fields named exist. A gap fails when the module
// loads, not when a citizen downloads the letter.
import type { FormDefinition } from "../types";

export function checkLetterAndAuto(def: FormDefinition, fail: (msg: string) => never | void): void {
  const fields = new Map(def.fields.map((f) => [f.key, f]));
  const l = def.letter;
  if (l) {
    for (const s of [...l.staffIn, ...l.citizenIn]) if (!def.states[s]) fail(`letter is open in unknown state ${s}`);
    for (const a of l.datedBy) if (!def.actions.some((x) => x.key === a)) fail(`letter is dated by unknown action ${a}`);
    const choice = fields.get(l.choiceField);
    if (choice?.type !== "choice") fail(`letter choice field ${l.choiceField} is not a choice field`);
    else {
      for (const o of choice.options) {
        const n = l.templates.filter((t) => t.values.includes(o.value)).length;
        if (n !== 1) fail(`letter has ${n} texts for ${l.choiceField}=${o.value}; it needs exactly one`);
      }
    }
    const texts = [l.salutation, l.intro, ...l.facts.map((x) => x.value), ...l.closing, ...l.templates.flatMap((t) => [...t.body, t.basis])];
    for (const text of texts) for (const m of text.matchAll(/\{field:([A-Za-z0-9_]+)\}/g)) if (!fields.has(m[1]!)) fail(`letter refers to unknown field ${m[1]}`);
  }
  for (const a of def.actions) {
    if (!a.auto) continue;
    if ("afterDateField" in a.auto && fields.get(a.auto.afterDateField)?.type !== "date") fail(`automatic action ${a.key} needs a date field, not ${a.auto.afterDateField}`);
    if ("clockOverdue" in a.auto && !def.clocks?.some((c) => c.key === (a.auto as { clockOverdue: string }).clockOverdue)) fail(`automatic action ${a.key} reads unknown clock`);
    if (a.from.includes("new")) fail(`automatic action ${a.key} cannot create a record`);
  }
}
