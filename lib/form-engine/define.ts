import { checkCaseDeclarations } from "./define-checks";
import { checkPublicBlock } from "./public/check";
import type { ActionDef, Condition, DataField, FormData, FormDefinition } from "./types";

/** Checks a definition's internal references once, when the module loads, so a typo fails fast. */
export function defineForm(def: FormDefinition): FormDefinition {
  const keys = new Set(def.fields.map((f) => f.key));
  const fail = (msg: string): never => {
    throw new Error(`form ${def.key}: ${msg}`);
  };
  const checkCond = (c: Condition | undefined, where: string) => {
    if (c && !keys.has(c.field)) fail(`${where} refers to unknown field ${c.field}`);
  };
  for (const f of def.fields) {
    checkCond(f.visibleWhen, f.key);
    if (typeof f.required === "object") checkCond(f.required, f.key);
  }
  const actionKeys = new Set<string>();
  for (const a of def.actions) {
    if (actionKeys.has(a.key)) fail(`duplicate action ${a.key}`);
    actionKeys.add(a.key);
    for (const s of a.from) if (s !== "new" && !def.states[s]) fail(`action ${a.key} from unknown state ${s}`);
    if (typeof a.to === "string" && !def.states[a.to]) fail(`action ${a.key} to unknown state ${a.to}`);
    for (const k of a.edits ?? []) if (!keys.has(k)) fail(`action ${a.key} edits unknown field ${k}`);
    checkCond(a.when, a.key);
  }
  for (const b of def.signoffs) {
    for (const a of b.actions) if (!actionKeys.has(a)) fail(`sign-off ${b.key} refers to unknown action ${a}`);
    for (const k of b.extraFields ?? []) if (!keys.has(k)) fail(`sign-off ${b.key} refers to unknown field ${k}`);
  }
  checkCaseDeclarations(def, fail);
  checkPublicBlock(def, fail);
  return def;
}

/** What a condition may need besides the data: the code (slug) of each column id. */
export interface ConditionContext {
  columnSlugs?: Record<string, string>;
  /** The codes of each column's ancestors by id, for `columnIn` with `withDescendants`. */
  columnAncestors?: Record<string, string[]>;
}

/** Each column's ancestor codes (parent first), from the flat column table. */
export function columnAncestorsOf(columns: { id: string; slug: string; parentId: string | null }[]): Record<string, string[]> {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const out: Record<string, string[]> = {};
  for (const c of columns) {
    const up: string[] = [];
    for (let p = c.parentId ? byId.get(c.parentId) : undefined; p && up.length < 50; p = p.parentId ? byId.get(p.parentId) : undefined) up.push(p.slug);
    out[c.id] = up;
  }
  return out;
}

export function holds(c: Condition | undefined, data: FormData, ctx?: ConditionContext): boolean {
  if (!c) return true;
  const v = data[c.field] ?? "";
  if ("in" in c) return c.in.includes(String(v));
  if ("columnIn" in c) {
    const slug = ctx?.columnSlugs?.[String(v)];
    if (slug !== undefined && c.columnIn.includes(slug)) return true;
    return !!c.withDescendants && (ctx?.columnAncestors?.[String(v)] ?? []).some((s) => c.columnIn.includes(s));
  }
  return "equals" in c ? v === c.equals : v !== c.notEquals;
}

export const isVisible = (f: DataField, data: FormData, ctx?: ConditionContext) => holds(f.visibleWhen, data, ctx);

export function isRequired(f: DataField, data: FormData, ctx?: ConditionContext): boolean {
  if (!isVisible(f, data, ctx)) return false;
  if (typeof f.required === "object") return holds(f.required, data, ctx);
  return f.required === true;
}

export function findAction(def: FormDefinition, key: string): ActionDef | undefined {
  return def.actions.find((a) => a.key === key);
}

export function nextState(a: ActionDef, data: FormData): string {
  return typeof a.to === "string" ? a.to : a.to(data);
}

export function fieldOf(def: FormDefinition, key: string): DataField {
  const f = def.fields.find((x) => x.key === key);
  if (!f) throw new Error(`form ${def.key}: unknown field ${key}`);
  return f;
}
