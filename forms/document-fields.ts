// 文件信息 on the approval form (issue 12): only for items in 政策法规 and 政府信息公开 and their
// children; the values and labels come from lib/content/document-meta.ts.
import { DOC_TYPES, DOC_VALIDITY, DOCUMENT_COLUMNS, ENDED, NUMBERED_TYPES } from "@/lib/content/document-meta";
import { FieldErrors } from "@/lib/form-engine/errors";
import type { DataField, Guard } from "@/lib/form-engine/types";
import { todayInBeijing } from "@/lib/time/beijing";

const IN_DOCUMENT_COLUMN = { field: "column", columnIn: DOCUMENT_COLUMNS, withDescendants: true };
const GROUP = "文件信息";

export const DOCUMENT_FIELDS: DataField[] = [
  { key: "docType", type: "choice", label: "文件类型", group: GROUP, visibleWhen: IN_DOCUMENT_COLUMN, required: true, options: DOC_TYPES, help: "规章、行政规范性文件计入政府信息公开工作年度报告的主动公开情况。" },
  { key: "docNumber", type: "text", label: "文号", group: GROUP, visibleWhen: IN_DOCUMENT_COLUMN, required: { field: "docType", in: NUMBERED_TYPES }, maxLength: 60, help: "例如：揭市卫〔2026〕12号" },
  { key: "docDate", type: "date", label: "成文日期", group: GROUP, visibleWhen: IN_DOCUMENT_COLUMN, required: { field: "docType", in: NUMBERED_TYPES } },
  { key: "docValidity", type: "choice", label: "有效性", group: GROUP, visibleWhen: IN_DOCUMENT_COLUMN, required: true, defaultValue: "valid", options: DOC_VALIDITY },
  { key: "docValidityDate", type: "date", label: "废止或失效日期", group: GROUP, visibleWhen: { field: "docValidity", in: ENDED }, required: true },
];

/** A document does not end before it was written, nor on a day still to come. */
export const documentValidityGuard: Guard = (ctx) => {
  const ended = ctx.data.docValidityDate;
  if (!ENDED.includes(String(ctx.data.docValidity ?? "")) || typeof ended !== "string") return;
  if (ended > todayInBeijing(ctx.now)) throw new FieldErrors({ docValidityDate: "废止或失效日期不能晚于今天" });
  const written = ctx.data.docDate;
  if (typeof written === "string" && written && ended < written) throw new FieldErrors({ docValidityDate: "废止或失效日期不能早于成文日期" });
};
