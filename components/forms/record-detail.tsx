import { sanitizeRichText } from "@/lib/content/sanitize";
import { formatDateTime } from "@/lib/format";
import { isVisible } from "@/lib/form-engine/define";
import { displayValue, signoffEntries, visibleSignoffs, type Lookups } from "@/lib/form-engine/present";
import type { EventLike } from "@/lib/form-engine/records";
import type { FormData, FormDefinition } from "@/lib/form-engine/types";

/** The record's fields and sign-off blocks, as the definition declares them. */
export function RecordDetail({ def, data, events, lookups, richTextShownAbove = false, omit = [] }: {
  def: FormDefinition; data: FormData; events: EventLike[]; lookups: Lookups;
  /** The 预览 already shows the body. */ richTextShownAbove?: boolean;
  /** Fields the form on the same page shows for editing. */ omit?: string[];
}) {
  const signoffFields = new Set(def.signoffs.flatMap((b) => b.extraFields ?? []));
  const fields = def.fields.filter((f) => isVisible(f, data, lookups) && !signoffFields.has(f.key) && !omit.includes(f.key) && !(richTextShownAbove && f.type === "richText"));
  // A form without sign-off blocks (a letter) shows no sign-off section at all.
  const signoffs = visibleSignoffs(def, data);
  return (
    <div className="grid gap-4">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[10em_1fr]">
        {fields.map((f) => (
          <div key={f.key} className="contents">
            <dt className="text-slate-600">{f.group ? `${f.group} · ${f.label}` : f.label}</dt>
            <dd data-field={f.key}>
              {f.type === "richText" ? (
                <div className="prose-article rounded border border-slate-200 p-2" dangerouslySetInnerHTML={{ __html: sanitizeRichText(String(data[f.key] ?? "")) }} />
              ) : f.type === "table" && Array.isArray(data[f.key]) ? (
                <table className="text-sm">
                  <thead><tr>{f.columns.map((c) => <th key={c.key} scope="col" className="pr-3 text-left">{c.label}</th>)}</tr></thead>
                  <tbody>
                    {(data[f.key] as FormData[]).map((row, i) => (
                      <tr key={i}>{f.columns.map((c) => <td key={c.key} className="pr-3">{displayValue(c, row[c.key], lookups)}</td>)}</tr>
                    ))}
                  </tbody>
                </table>
              ) : (f.type === "attachments" || f.type === "images") && Array.isArray(data[f.key]) ? (
                <ul>{(data[f.key] as { name: string; url: string }[]).map((x) => <li key={x.url}><a className="text-brand underline" href={x.url}>{x.name}</a></li>)}</ul>
              ) : (
                displayValue(f, data[f.key], lookups) || <span className="text-slate-600">（未填写）</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {signoffs.length > 0 && <section aria-labelledby="signoffs-h">
        <h2 id="signoffs-h" className="mb-2 text-lg font-bold">审核审批意见</h2>
        <ul className="grid gap-2">
          {signoffs.map((b) => {
            const entries = signoffEntries(def, b, events);
            return (
              <li key={b.key} className="rounded border border-slate-200 p-2" data-signoff={b.key}>
                <p className="font-medium">{b.label}</p>
                {entries.length === 0 ? <p className="text-slate-600">（尚未签署）</p> : null}
                {entries.map((e, i) => (
                  <p key={i}>{e.opinion} <span className="text-slate-600">{b.signerLabel}：{e.signer} {formatDateTime(e.at)}</span></p>
                ))}
                {(b.extraFields ?? []).map((k) => {
                  const f = def.fields.find((x) => x.key === k)!;
                  const v = displayValue(f, data[k], lookups);
                  return v ? <p key={k} className="text-sm">{f.label}：{v}</p> : null;
                })}
              </li>
            );
          })}
        </ul>
      </section>}
    </div>
  );
}
