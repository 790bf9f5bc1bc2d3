"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { holds } from "@/lib/form-engine/define";
import type { ColumnTreeOption } from "@/lib/form-engine/options";
import type { FormData, TableField } from "@/lib/form-engine/types";

const cell = (row: Record<string, unknown>, key: string) => (typeof row[key] === "string" ? (row[key] as string) : undefined);

/** A table of rows whose columns are simple fields of the definition (e.g. a column table change). */
export function TableInput({ field: f, id, columnTree = [] }: { field: TableField; id: string; columnTree?: ColumnTreeOption[] }) {
  const { control, register, formState, watch } = useFormContext();
  const { fields: rows, append, remove } = useFieldArray({ control, name: f.key });
  const rowErrors = formState.errors[f.key] as unknown as ({ [k: string]: { message?: string } } | undefined)[] | { message?: string } | undefined;
  const blank = Object.fromEntries(f.columns.map((c) => [c.key, ""]));
  return (
    <fieldset className="mb-4" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`} className="mb-1 font-medium">{f.label}</legend>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr>{f.columns.map((c) => <th key={c.key} scope="col" className="px-1">{c.label}</th>)}<th className="sr-only">操作</th></tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id}>
                {f.columns.map((c) => {
                  const err = Array.isArray(rowErrors) ? rowErrors[i]?.[c.key]?.message : undefined;
                  const picked = c.type === "text" && c.picker === "columnCode" && !holds(c.typedWhen, (watch(`${f.key}.${i}`) ?? {}) as FormData);
                  return (
                    <td key={c.key} className="px-1 py-0.5 align-top">
                      {picked ? (
                        // The live column tree, indented, each column with its responsible sections.
                        <select aria-label={`第${i + 1}行${c.label}`} defaultValue={cell(row, c.key)} {...register(`${f.key}.${i}.${c.key}`)} className="w-full min-w-48 rounded border border-slate-400 px-1 py-1">
                          <option value="">{c.required ? "请选择栏目" : "（无）"}</option>
                          {columnTree.map((o) => (
                            <option key={o.slug} value={o.slug}>{`${"\u3000".repeat(o.depth)}${o.name}${o.sections ? `（${o.sections}）` : ""}`}</option>
                          ))}
                        </select>
                      ) : c.type === "choice" ? (
                        <select aria-label={`第${i + 1}行${c.label}`} defaultValue={cell(row, c.key)} {...register(`${f.key}.${i}.${c.key}`)} className="w-full rounded border border-slate-400 px-1 py-1">
                          <option value="">请选择</option>
                          {c.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                        </select>
                      ) : (
                        <input aria-label={`第${i + 1}行${c.label}`} type={c.type === "date" ? "date" : "text"} defaultValue={cell(row, c.key)} {...register(`${f.key}.${i}.${c.key}`)} className="w-full rounded border border-slate-400 px-1 py-1" />
                      )}
                      {err ? <p role="alert" className="text-red-700">{err}</p> : null}
                    </td>
                  );
                })}
                <td className="px-1"><button type="button" className="text-red-700 underline" onClick={() => remove(i)}>删除第{i + 1}行</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!f.maxRows || rows.length < f.maxRows ? (
        <button type="button" className="mt-1 rounded border border-slate-500 px-3 py-1" onClick={() => append(blank)}>增加一行</button>
      ) : null}
      {!Array.isArray(rowErrors) && rowErrors?.message ? <p role="alert" className="text-sm text-red-700">{rowErrors.message}</p> : null}
    </fieldset>
  );
}
