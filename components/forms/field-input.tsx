"use client";

import { useFormContext, type UseFormRegister, type FieldErrors as RhfErrors } from "react-hook-form";
import type { ColumnTreeOption } from "@/lib/form-engine/options";
import type { DataField } from "@/lib/form-engine/types";

export type Values = Record<string, unknown>;
import { RichTextInput } from "@/components/rich-text/rich-text-input";
import { FilesInput } from "./files-input";
import { TableInput } from "./table-input";

export interface Option {
  id: string;
  name: string;
  /** A column's code, for conditions such as "only in the 办事指南 column". */
  slug?: string;
  /** Its ancestors' codes, for conditions that hold under a column's children too. */
  ancestors?: string[];
}

const inputClass = "w-full rounded border border-slate-400 px-2 py-1.5 focus:outline-2 focus:outline-brand";

/** One field of a definition as a labelled input; its error is tied to it for screen readers. */
export function FieldInput({ field: f, register, errors, options }: { field: DataField; register: UseFormRegister<Values>; errors: RhfErrors<Values>; options: { columns: Option[]; sections: Option[]; columnTree?: ColumnTreeOption[] } }) {
  const id = `f-${f.key}`;
  // Rendered into the HTML too, so that the form shows and posts the stored values without JavaScript.
  const stored = useFormContext().getValues(f.key) as unknown;
  const dv = typeof stored === "string" ? stored : undefined;
  const err = errors[f.key]?.message as string | undefined;
  const describedBy = [err ? `${id}-err` : "", f.help ? `${id}-help` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": err ? true : undefined, "aria-describedby": describedBy } as const;
  const required = f.required === true ? <span className="text-red-700" aria-hidden> *</span> : null;
  const label = <label htmlFor={id} className="mb-1 block font-medium">{f.label}{required}</label>;
  const foot = (
    <>
      {f.help ? <p id={`${id}-help`} className="mt-1 text-sm text-slate-600">{f.help}</p> : null}
      {err ? <p id={`${id}-err`} className="mt-1 text-sm text-red-700" role="alert">{err}</p> : null}
    </>
  );

  switch (f.type) {
    case "yesNo":
      return (
        <fieldset className="mb-4" aria-describedby={describedBy}>
          <legend className="mb-1 font-medium">{f.label}{required}</legend>
          <div role="radiogroup" aria-label={f.label} className="flex gap-6">
            {[["yes", "是"], ["no", "否"]].map(([v, l]) => (
              <label key={v} className="flex items-center gap-1">
                <input type="radio" value={v} defaultChecked={dv === v} {...register(f.key)} /> {l}
              </label>
            ))}
          </div>
          {foot}
        </fieldset>
      );
    case "choice":
    case "column":
    case "section": {
      const opts = f.type === "choice" ? f.options.map((o) => ({ id: o.value, name: o.label })) : f.type === "column" ? options.columns : options.sections;
      return (
        <div className="mb-4">
          {label}
          <select {...common} defaultValue={dv} {...register(f.key)} className={inputClass}>
            <option value="">请选择</option>
            {opts.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
          {foot}
        </div>
      );
    }
    case "richText":
      return (
        <div className="mb-4">
          <RichTextInput name={f.key} id={id} label={<>{f.label}{required}</>} describedBy={describedBy} invalid={!!err} />
          {foot}
        </div>
      );
    case "longText":
      return (
        <div className="mb-4">
          {label}
          <textarea {...common} rows={3} defaultValue={dv} {...register(f.key)} className={inputClass} />
          {foot}
        </div>
      );
    case "attachments":
    case "images":
      return (
        <div className="mb-4">
          <FilesInput field={f} id={id} />
          {foot}
        </div>
      );
    case "actorName":
    case "actorSection":
      return (
        <div className="mb-4">
          {label}
          <input {...common} readOnly defaultValue={dv} {...register(f.key)} className={`${inputClass} bg-slate-100`} />
        </div>
      );
    case "table":
      return <TableInput field={f} id={id} columnTree={options.columnTree ?? []} />;
    case "text":
      if (f.picker !== "columnCode" || f.typedWhen) return <div className="mb-4">{label}<input {...common} type="text" defaultValue={dv} {...register(f.key)} className={inputClass} />{foot}</div>;
      // A column chosen from the live tree (e.g. the column a unit suggests for its submission).
      return (
        <div className="mb-4">
          {label}
          <select {...common} defaultValue={dv} {...register(f.key)} className={inputClass}>
            <option value="">{f.required ? "请选择栏目" : "（不指定）"}</option>
            {(options.columnTree ?? []).map((o) => <option key={o.slug} value={o.slug}>{`${"\u3000".repeat(o.depth)}${o.name}${o.sections ? `（${o.sections}）` : ""}`}</option>)}
          </select>
          {foot}
        </div>
      );
    default:
      return (
        <div className="mb-4">
          {label}
          <input {...common} type={f.type === "date" ? "date" : "text"} inputMode={f.type === "number" ? "numeric" : undefined} defaultValue={dv} {...register(f.key)} className={inputClass} />
          {foot}
        </div>
      );
  }
}
