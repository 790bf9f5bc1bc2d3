// The 政府信息公开工作年度报告 template of 国办公开办函〔2021〕30号: the rows and columns of table 三
// and its check 一 + 二 = 三(七) + 四, per column. Pure, so the browser, the guard and the unit
// test share it.
import type { ChoiceOption, FormData, Json } from "@/lib/form-engine/types";

/** 申请人情况: 自然人 and the five kinds of 法人或其他组织, then 总计. */
export const APPLICANT_COLUMNS = [
  { key: "person", label: "自然人" },
  { key: "business", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "charity", label: "社会公益组织" },
  { key: "legal", label: "法律服务机构" },
  { key: "other", label: "其他" },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]["key"];

export const NEW = "1";
export const CARRIED_IN = "2";
export const TOTAL = "3.7";
export const CARRIED_OUT = "4";

/** Every row of table 三 in template order, keyed by 行次 (the outcome codes of the case). */
export const TABLE3_ROWS: { code: string; label: string }[] = [
  { code: NEW, label: "一、本年新收政府信息公开申请数量" },
  { code: CARRIED_IN, label: "二、上年结转政府信息公开申请数量" },
  { code: "3.1", label: "三、本年度办理结果（一）予以公开" },
  { code: "3.2", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" },
  { code: "3.3.1", label: "（三）不予公开 1.属于国家秘密" },
  { code: "3.3.2", label: "2.其他法律行政法规禁止公开" },
  { code: "3.3.3", label: "3.危及“三安全一稳定”" },
  { code: "3.3.4", label: "4.保护第三方合法权益" },
  { code: "3.3.5", label: "5.属于三类内部事务信息" },
  { code: "3.3.6", label: "6.属于四类过程性信息" },
  { code: "3.3.7", label: "7.属于行政执法案卷" },
  { code: "3.3.8", label: "8.属于行政查询事项" },
  { code: "3.4.1", label: "（四）无法提供 1.本机关不掌握相关政府信息" },
  { code: "3.4.2", label: "2.没有现成信息需要另行制作" },
  { code: "3.4.3", label: "3.补正后申请内容仍不明确" },
  { code: "3.5.1", label: "（五）不予处理 1.信访举报投诉类申请" },
  { code: "3.5.2", label: "2.重复申请" },
  { code: "3.5.3", label: "3.要求提供公开出版物" },
  { code: "3.5.4", label: "4.无正当理由大量反复申请" },
  { code: "3.5.5", label: "5.要求行政机关确认或重新出具已获取信息" },
  { code: "3.6.1", label: "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" },
  { code: "3.6.2", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
  { code: "3.6.3", label: "3.其他" },
  { code: TOTAL, label: "（七）总计" },
  { code: CARRIED_OUT, label: "四、结转下年度继续办理" },
];

/** The outcome rows (三(一)…(六)), which (七) 总计 adds up. */
export const OUTCOME_CODES = TABLE3_ROWS.map((r) => r.code).filter((c) => c.startsWith("3.") && c !== TOTAL);

/** Rows an entry by hand may add to (线下申请补录): all but the total, which is computed. */
export const ENTRY_ROWS: ChoiceOption[] = TABLE3_ROWS.filter((r) => r.code !== TOTAL).map((r) => ({ value: r.code, label: `${r.code} ${r.label}` }));
export const ENTRY_COLUMNS: ChoiceOption[] = APPLICANT_COLUMNS.map((c) => ({ value: c.key, label: c.label }));

/** Counts by row code, then column. */
export type Counts = Map<string, Map<ApplicantColumn, number>>;

const num = (v: Json | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : typeof v === "number" ? v : 0);

export function addCount(c: Counts, code: string, col: string, n: number): void {
  if (!APPLICANT_COLUMNS.some((a) => a.key === col) || !TABLE3_ROWS.some((r) => r.code === code) || code === TOTAL) return;
  const row = c.get(code) ?? new Map<ApplicantColumn, number>();
  row.set(col as ApplicantColumn, (row.get(col as ApplicantColumn) ?? 0) + n);
  c.set(code, row);
}

/** The table as stored on the report (a table field): one row per template row, (七) and 总计 added up. */
export function table3Rows(c: Counts): FormData[] {
  const cell = (code: string, col: ApplicantColumn) => c.get(code)?.get(col) ?? 0;
  return TABLE3_ROWS.map((r) => {
    const values = APPLICANT_COLUMNS.map((a) => (r.code === TOTAL ? OUTCOME_CODES.reduce((s, o) => s + cell(o, a.key), 0) : cell(r.code, a.key)));
    return {
      code: r.code, item: r.label,
      ...Object.fromEntries(APPLICANT_COLUMNS.map((a, i) => [a.key, String(values[i])])),
      total: String(values.reduce((s, n) => s + n, 0)),
    };
  });
}

/** Counts back from a stored table (for the check and for rendering). */
export function countsOf(rows: Json | undefined): Counts {
  const c: Counts = new Map();
  for (const r of Array.isArray(rows) ? rows : []) {
    if (!r || typeof r !== "object" || Array.isArray(r)) continue;
    const code = String(r.code ?? "");
    if (code === TOTAL) continue;
    for (const a of APPLICANT_COLUMNS) addCount(c, code, a.key, num(r[a.key]));
  }
  return c;
}

export interface Imbalance { column: string; received: number; handled: number }

/** 一 + 二 = 三(七) + 四 in every column (总计 included); the columns where it fails. */
export function imbalances(c: Counts): Imbalance[] {
  const cell = (code: string, col: ApplicantColumn) => c.get(code)?.get(col) ?? 0;
  const per = APPLICANT_COLUMNS.map((a) => ({
    column: a.label,
    received: cell(NEW, a.key) + cell(CARRIED_IN, a.key),
    handled: OUTCOME_CODES.reduce((s, o) => s + cell(o, a.key), 0) + cell(CARRIED_OUT, a.key),
  }));
  const total = { column: "总计", received: per.reduce((s, p) => s + p.received, 0), handled: per.reduce((s, p) => s + p.handled, 0) };
  return [...per, total].filter((p) => p.received !== p.handled);
}

/** The Chinese message that refuses an unbalanced report, naming each column, or null. */
export function imbalanceMessage(c: Counts): string | null {
  const bad = imbalances(c);
  if (!bad.length) return null;
  const parts = bad.map((b) => `“${b.column}”列：本年新收与上年结转之和为${b.received}，办理结果总计与结转下年度之和为${b.handled}`);
  return `表三“收到和处理政府信息公开申请情况”不平衡（应满足：一＋二＝三（七）＋四）。${parts.join("；")}。请核对线下申请补录后再提交。`;
}
