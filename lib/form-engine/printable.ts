// Derives the printable document (the appendix's table, then the content as 纸质材料) from a
// definition's print layout, generically: the PDF renderer knows no form.
import { htmlToParagraphs } from "./pdf/html-to-paragraphs";
import type { PrintableDocument, PrintableExtra } from "./pdf/types";
import { beijingDate } from "@/lib/time/beijing";
import { fieldOf } from "./define";
import { displayValue, signoffEntries, visibleSignoffs, type Lookups } from "./present";
import type { EventLike } from "./records";
import type { FormData, FormDefinition, Json } from "./types";

const cnDate = (d: Date) => {
  const [y, m, day] = beijingDate(d).split("-").map(Number);
  return `${y}年${m}月${day}日`;
};

function authorOf(def: FormDefinition, data: FormData, lookups: Lookups): string | undefined {
  const f = def.fields.find((x) => x.type === "actorName");
  return (f && displayValue(f, data[f.key], lookups)) || undefined;
}

export function toPrintableDocument(def: FormDefinition, record: { data: FormData; events: EventLike[] }, lookups: Lookups): PrintableDocument {
  const layout = def.print;
  if (!layout) throw new Error(`form ${def.key} has no print layout`);
  const { data } = record;
  const value = (key: string) => displayValue(fieldOf(def, key), data[key], lookups);
  // The paper form keeps its printed rows (e.g. 局主要领导审批意见) even where the step does not apply.
  const shown = new Set([...visibleSignoffs(def, data), ...def.signoffs.filter((b) => b.printAlways)].map((b) => b.key));

  const choices = layout.choices.map((key) => {
    const f = fieldOf(def, key);
    const options = f.type === "yesNo" ? [{ value: "yes", label: "是" }, { value: "no", label: "否" }] : f.type === "choice" ? f.options : [];
    return { label: f.label, options: options.map((o) => ({ label: o.label, checked: data[key] === o.value })) };
  });

  const signoffs = layout.signoffs
    .map((k) => def.signoffs.find((b) => b.key === k))
    .filter((b): b is NonNullable<typeof b> => !!b && (shown.has(b.key) || b.visibleWhen === undefined))
    .map((b) => {
      const entries = signoffEntries(def, b, record.events);
      const extra: PrintableExtra[] = (b.extraFields ?? []).map((key) => {
        const f = fieldOf(def, key);
        if (f.type === "choice") return { label: f.label, options: f.options.map((o) => ({ label: o.label, checked: data[key] === o.value })) };
        return { label: f.label, value: value(key), suffix: f.type === "number" ? "幅" : undefined };
      });
      return {
        label: b.label,
        opinion: entries.map((e) => e.opinion).filter(Boolean).join("；"),
        signerLabel: b.signerLabel,
        signer: entries.map((e) => e.signer).join("、"),
        date: entries.length ? cnDate(entries[entries.length - 1]!.at) : "",
        extra: extra.length ? extra : undefined,
      };
    });

  const att = layout.attachment;
  const files = (att?.fileFields ?? []).flatMap((k) => (Array.isArray(data[k]) ? (data[k] as Json[]) : []).map((x) => (x && typeof x === "object" && "name" in x ? String(x.name) : ""))).filter(Boolean);
  return {
    title: layout.title,
    choices,
    rows: layout.rows.map((row) => row.map((c) => ({ label: c.label ?? fieldOf(def, c.field).label, value: value(c.field), span: c.span }))),
    signoffs,
    note: layout.note ? { label: fieldOf(def, layout.note).label, value: value(layout.note) } : undefined,
    footnote: layout.footnote,
    attachment: att
      ? { heading: att.heading, title: value(att.titleField), paragraphs: htmlToParagraphs(typeof data[att.bodyField] === "string" ? (data[att.bodyField] as string) : ""), files: files.length ? files : undefined }
      : undefined,
    author: authorOf(def, data, lookups),
  };
}
