// defineForm's checks for what issue 11 added to a definition: clocks, numbering, `within`,
// outcome codes. A typo in a definition fails when the module loads, not on a citizen's case.
import { checkLetterAndAuto } from "./letters/checks";
import type { ChoiceField, DataField, FormDefinition } from "./types";

export function checkCaseDeclarations(def: FormDefinition, fail: (msg: string) => never | void): void {
  const actions = new Set(def.actions.map((a) => a.key));
  const fields = new Set(def.fields.map((f) => f.key));
  const clockKeys = new Set<string>();
  for (const c of def.clocks ?? []) {
    if (clockKeys.has(c.key)) fail(`duplicate clock ${c.key}`);
    clockKeys.add(c.key);
    if (!Number.isInteger(c.days) || c.days < 1) fail(`clock ${c.key} needs a positive whole number of days`);
    if (c.startedBy.length === 0) fail(`clock ${c.key} is started by no action`);
    for (const a of [...c.startedBy, ...(c.restartedBy ?? []), ...(c.stoppedBy ?? [])]) if (!actions.has(a)) fail(`clock ${c.key} refers to unknown action ${a}`);
    for (const s of c.pausedIn ?? []) if (!def.states[s]) fail(`clock ${c.key} pauses in unknown state ${s}`);
    if (c.extendedBy) {
      if (!actions.has(c.extendedBy.action)) fail(`clock ${c.key} is extended by unknown action ${c.extendedBy.action}`);
      if (c.extendedBy.daysField && !fields.has(c.extendedBy.daysField)) fail(`clock ${c.key} reads unknown field ${c.extendedBy.daysField}`);
    }
  }
  if (def.numbering) {
    if (!actions.has(def.numbering.on)) fail(`numbering on unknown action ${def.numbering.on}`);
    if (!/\{seq(:\d+)?\}/.test(def.numbering.pattern)) fail("numbering pattern needs {seq}");
  }
  for (const a of def.actions) {
    const w = a.within;
    if (w && "clock" in w && !clockKeys.has(w.clock)) fail(`action ${a.key} is within unknown clock ${w.clock}`);
    if (w && "after" in w && !actions.has(w.after)) fail(`action ${a.key} is within days of unknown action ${w.after}`);
    for (const set of a.sets ?? []) if (!fields.has(set.field) || (set.when && !fields.has(set.when.field))) fail(`action ${a.key} sets or reads an unknown field ${set.field}`);
  }
  const choices = def.fields.flatMap((f): ChoiceField[] => (f.type === "choice" ? [f] : f.type === "table" ? f.columns.filter((c): c is ChoiceField => c.type === "choice") : []));
  for (const f of choices) {
    const codes = f.options.map((o) => o.code).filter((c): c is string => c !== undefined);
    if (new Set(codes).size !== codes.length) fail(`field ${f.key} has two options with the same code`);
  }
  for (const f of def.fields) if (f.personal && !isTextual(f)) fail(`personal field ${f.key} must be a text field`);
  checkLetterAndAuto(def, fail);
}

const isTextual = (f: DataField) => f.type === "text" || f.type === "longText";

/** The report code of a choice field's value (e.g. an outcome row of the annual report), or null. */
export function codeOf(f: ChoiceField, value: unknown): string | null {
  return f.options.find((o) => o.value === value)?.code ?? null;
}
