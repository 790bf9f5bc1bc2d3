// One zod schema per definition, used by react-hook-form in the browser and by the server
// transition. "partial" is for drafts (types, lengths, patterns); "full" adds required rules.
import { z } from "zod";
import { isRequired, isVisible, type ConditionContext } from "./define";
import type { DataField, FormData, FormDefinition } from "./types";

export type ValidationMode = "partial" | "full";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string) => DATE.test(v) && !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export const fileSchema = z.object({ name: z.string().max(200), url: z.string().max(500), size: z.number().int().nonnegative(), type: z.string().max(100) });

function baseSchema(f: DataField): z.ZodType {
  switch (f.type) {
    case "text":
    case "longText": {
      let s = z.string({ error: `${f.label}格式不正确` });
      if (f.maxLength) s = s.max(f.maxLength, `${f.label}不能超过${f.maxLength}个字`);
      const pattern = f.pattern ? new RegExp(f.pattern.regex) : null;
      const min = f.minLength ?? 0;
      return s
        .refine((v) => v === "" || v.length >= min, `${f.label}至少${min}个字`)
        .refine((v) => v === "" || !pattern || pattern.test(v), f.pattern?.message ?? "");
    }
    case "richText":
      return f.maxLength ? z.string().max(f.maxLength, `${f.label}不能超过${f.maxLength}个字符`) : z.string();
    case "date":
      return z.string().refine((v) => v === "" || validDate(v), `${f.label}应为有效日期（年-月-日）`);
    case "choice": {
      const values = f.options.map((o) => o.value);
      return z.string().refine((v) => v === "" || values.includes(v), `请从列表中选择${f.label}`);
    }
    case "yesNo":
      return z.enum(["", "yes", "no"], { error: `请选择${f.label}` });
    case "number":
      return z.string().refine((v) => {
        if (v === "") return true;
        if (!/^\d+$/.test(v)) return false;
        const n = Number(v);
        return (f.min === undefined || n >= f.min) && (f.max === undefined || n <= f.max);
      }, `${f.label}应为${f.min ?? 0}${f.max !== undefined ? `到${f.max}` : "以上"}的整数`);
    case "attachments":
    case "images": {
      const s = z.array(fileSchema);
      return f.maxFiles ? s.max(f.maxFiles, `${f.label}最多${f.maxFiles}个`) : s;
    }
    case "column":
    case "section":
    case "actorName":
    case "actorSection":
      return z.string();
    case "table": {
      const row = z.object(Object.fromEntries(f.columns.map((c) => [c.key, baseSchema(c).optional()])));
      const s = z.array(row);
      return f.maxRows ? s.max(f.maxRows, `${f.label}最多${f.maxRows}行`) : s;
    }
  }
}

export const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

const requiredMessage = (f: DataField) =>
  ["choice", "yesNo", "column", "section", "date"].includes(f.type) ? `请选择${f.label}` : ["attachments", "images", "table"].includes(f.type) ? `请添加${f.label}` : `请填写${f.label}`;

export function buildSchema(def: Pick<FormDefinition, "fields">, mode: ValidationMode, ctx?: ConditionContext) {
  const shape = Object.fromEntries(def.fields.map((f) => [f.key, baseSchema(f).optional()]));
  return z.object(shape).superRefine((data, issues) => {
    if (mode !== "full") return;
    const d = data as FormData;
    for (const f of def.fields) {
      if (isRequired(f, d, ctx) && isEmpty(d[f.key])) issues.addIssue({ code: "custom", path: [f.key], message: requiredMessage(f) });
      if (f.type === "table" && isVisible(f, d, ctx) && Array.isArray(d[f.key])) {
        (d[f.key] as FormData[]).forEach((row, i) => {
          for (const c of f.columns)
            if (isRequired(c, row, ctx) && isEmpty(row?.[c.key])) issues.addIssue({ code: "custom", path: [f.key, i, c.key], message: `第${i + 1}行：${requiredMessage(c)}` });
        });
      }
    }
  });
}

/** Empty values for a new record, with the definition's defaults. */
export function emptyData(def: FormDefinition, today: string): FormData {
  const out: FormData = {};
  for (const f of def.fields) {
    if (f.type === "attachments" || f.type === "images" || f.type === "table") out[f.key] = [];
    else if (f.type === "date") out[f.key] = f.defaultToday ? today : "";
    else if ("defaultValue" in f && f.defaultValue !== undefined) out[f.key] = f.defaultValue;
    else out[f.key] = "";
  }
  return out;
}

/** Drops the values of hidden fields, so that what is hidden is never stored or published. */
export function withoutHidden(def: FormDefinition, data: FormData, ctx?: ConditionContext): FormData {
  const out: FormData = { ...data };
  for (const f of def.fields) if (!isVisible(f, data, ctx)) out[f.key] = emptyData({ ...def, fields: [f] }, "")[f.key] ?? "";
  return out;
}
