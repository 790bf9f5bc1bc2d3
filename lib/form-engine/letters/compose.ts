// Fills a definition's letter (LetterDef) from a record: the template chosen by the outcome,
// the placeholders replaced by display values. Who may have the letter is decided by the
// callers (staff route, citizen lookup) with `letterOpen`; this module only writes it.
import { beijingDate } from "@/lib/time/beijing";
import type { LetterDocument } from "../pdf/letter-types";
import { displayValue, type Lookups } from "../present";
import type { EventLike } from "../records";
import type { FormData, FormDefinition } from "../types";
import type { LetterDef } from "./types";

export interface LetterRecord {
  state: string;
  data: FormData;
  events: readonly EventLike[];
  registrationNumber: string | null;
}

/** Does the record have a letter for this audience now? */
export function letterOpen(def: FormDefinition, state: string, audience: "staff" | "citizen"): def is FormDefinition & { letter: LetterDef } {
  const l = def.letter;
  return !!l && (audience === "staff" ? l.staffIn : l.citizenIn).includes(state);
}

export const chineseDate = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

const latestOf = (events: readonly EventLike[], actions: readonly string[]) =>
  [...events].sort((a, b) => b.seq - a.seq).find((e) => actions.includes(e.action)) ?? null;

export function composeLetter(def: FormDefinition & { letter: LetterDef }, rec: LetterRecord, lookups: Lookups, now = new Date()): LetterDocument {
  const l = def.letter;
  const numbered = def.numbering ? latestOf(rec.events, [def.numbering.on]) : null;
  const dated = latestOf(rec.events, l.datedBy);
  const values: Record<string, string> = {
    number: rec.registrationNumber ?? "",
    receivedOn: numbered ? chineseDate(beijingDate(numbered.createdAt)) : "",
    date: chineseDate(beijingDate(dated?.createdAt ?? now)),
  };
  const field = (key: string) => {
    const f = def.fields.find((x) => x.key === key);
    return f ? displayValue(f, rec.data[key], lookups) : "";
  };
  const fill = (text: string) => text.replace(/\{(field:)?([A-Za-z0-9_]+)\}/g, (_, isField: string | undefined, key: string) => (isField ? field(key) : (values[key] ?? "")));
  const choice = String(rec.data[l.choiceField] ?? "");
  const template = l.templates.find((t) => t.values.includes(choice));
  if (!template) throw new Error(`letter of ${def.key}: no template for ${l.choiceField}=${choice}`);
  return {
    issuer: l.issuer,
    title: l.title,
    number: values.number!,
    facts: l.facts.map((x) => ({ label: x.label, value: fill(x.value) })),
    salutation: fill(l.salutation),
    paragraphs: [l.intro, ...template.body].map(fill).filter(Boolean),
    basis: fill(template.basis),
    closing: l.closing.map(fill).filter((p) => p.trim()),
    date: values.date!,
  };
}

/** The file name a letter downloads as. */
export const letterFileName = (doc: LetterDocument) => `${doc.title}-${doc.number || "未编号"}.pdf`;
