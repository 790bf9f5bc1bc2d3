// Display values derived from a definition: the detail view, the timeline and the printed
// form all read fields and sign-offs through here.
import { holds } from "./define";
import { currentCycle, type EventLike } from "./records";
import type { DataField, FormData, FormDefinition, Json, SignoffBlock } from "./types";

export interface Lookups {
  columns: Map<string, string>;
  sections: Map<string, string>;
  /** Column codes by id, so the view evaluates conditions as the server does. */
  columnSlugs?: Record<string, string>;
  columnAncestors?: Record<string, string[]>;
}

export function displayValue(f: DataField, v: Json | undefined, lookups: Lookups): string {
  if (v === undefined || v === null || v === "") return "";
  switch (f.type) {
    case "yesNo":
      return v === "yes" ? "是" : v === "no" ? "否" : "";
    case "choice":
      return f.options.find((o) => o.value === v)?.label ?? String(v);
    case "column":
      return lookups.columns.get(String(v)) ?? "";
    case "section":
      return lookups.sections.get(String(v)) ?? "";
    case "attachments":
    case "images":
      return Array.isArray(v) ? v.map((x) => (x && typeof x === "object" && "name" in x ? String(x.name) : "")).join("、") : "";
    case "table":
      return Array.isArray(v) ? `${v.length}行` : "";
    case "text": {
      // A column code chosen from the tree reads as the column's name.
      if (f.picker !== "columnCode" || !lookups.columnSlugs) return String(v);
      const id = Object.keys(lookups.columnSlugs).find((k) => lookups.columnSlugs![k] === v);
      return (id && lookups.columns.get(id)) || String(v);
    }
    default:
      return String(v);
  }
}

export interface SignoffEntry {
  signer: string;
  opinion: string;
  at: Date;
  party: string | null;
}

/** The sign-offs that count: events of the block's actions in the current review cycle. */
export function signoffEntries(def: FormDefinition, block: SignoffBlock, events: EventLike[]): SignoffEntry[] {
  return currentCycle(def, events)
    .filter((e) => block.actions.includes(e.action))
    .map((e) => ({ signer: e.actorName, opinion: e.opinion ?? "", at: e.createdAt, party: (e.detail as { party?: string } | null)?.party ?? null }));
}

export const visibleSignoffs = (def: FormDefinition, data: FormData) => def.signoffs.filter((b) => holds(b.visibleWhen, data));

export function actionLabel(def: FormDefinition, key: string): string {
  return def.actions.find((a) => a.key === key)?.label ?? key;
}

export function stateLabel(def: FormDefinition, state: string): string {
  return def.states[state]?.label ?? state;
}
