// Document metadata of items in 政策法规 and 政府信息公开 (issue 12): the document type, 文号,
// 成文日期 and 有效性, declared once here for the approval form (forms/publication-approval.ts),
// the article row (lib/content/publish.ts), the public page and table 二 of the annual report.
// Pure: the browser imports it with the definition.
import type { ChoiceOption, FormData, Json } from "@/lib/form-engine/types";

/** The columns whose items (and those of their children) carry document metadata. */
export const DOCUMENT_COLUMNS = ["policies", "gov-info"];

export const DOC_TYPES: ChoiceOption[] = [
  { value: "rule", label: "规章" },
  { value: "normative", label: "行政规范性文件" },
  { value: "other", label: "其他" },
];

export const DOC_VALIDITY: ChoiceOption[] = [
  { value: "valid", label: "有效" },
  { value: "repealed", label: "废止" },
  { value: "expired", label: "失效" },
];

/** 规章 and 行政规范性文件 must give 文号 and 成文日期 (they are counted in table 二). */
export const NUMBERED_TYPES = ["rule", "normative"];
export const ENDED = ["repealed", "expired"];

export interface DocumentMeta {
  docType: string;
  docNumber: string | null;
  docDate: string | null;
  docValidity: string;
  docValidityDate: string | null;
}

const str = (v: Json | undefined) => (typeof v === "string" ? v.trim() : "");
const day = (v: Json | undefined) => (/^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? str(v) : null);

/** The metadata an approval form's data carries, or null for an item that is no document. */
export function documentMetaOf(data: FormData): DocumentMeta | null {
  const docType = str(data.docType);
  if (!DOC_TYPES.some((t) => t.value === docType)) return null;
  const validity = DOC_VALIDITY.some((v) => v.value === str(data.docValidity)) ? str(data.docValidity) : "valid";
  const ended = ENDED.includes(validity) ? day(data.docValidityDate) : null;
  return {
    docType,
    docNumber: str(data.docNumber) || null,
    docDate: day(data.docDate),
    // A 废止/失效 without its date cannot be stored (a CHECK in the database): it stays 有效.
    docValidity: ENDED.includes(validity) && !ended ? "valid" : validity,
    docValidityDate: ended,
  };
}

/** As the article row stores it (DATE columns). */
export function documentColumns(meta: DocumentMeta | null) {
  const d = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
  return {
    docType: meta?.docType ?? null,
    docNumber: meta?.docNumber ?? null,
    docDate: d(meta?.docDate ?? null),
    docValidity: meta?.docValidity ?? null,
    docValidityDate: d(meta?.docValidityDate ?? null),
  };
}

const label = (list: ChoiceOption[], v: string | null) => list.find((o) => o.value === v)?.label ?? "";
const chineseDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** What the public page shows: the lines of 文件信息 and, for a document no longer in force, the banner. */
export function documentDisplay(meta: { docType: string | null; docNumber: string | null; docDate: string | null; docValidity: string | null; docValidityDate: string | null }) {
  if (!meta.docType) return null;
  const ended = meta.docValidity && ENDED.includes(meta.docValidity) && meta.docValidityDate ? meta.docValidityDate : null;
  return {
    type: label(DOC_TYPES, meta.docType),
    number: meta.docNumber,
    date: meta.docDate ? chineseDate(meta.docDate) : null,
    validity: label(DOC_VALIDITY, meta.docValidity ?? "valid"),
    banner: ended ? `本文件已于${chineseDate(ended)}${label(DOC_VALIDITY, meta.docValidity)}。` : null,
  };
}
