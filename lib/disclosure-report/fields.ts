// The form key of the annual report definition (forms/annual-report.ts).
export const ANNUAL_REPORT_FORM = "annual-report";

// The hand-entered cells of tables 二 and 四, declared once for the definition, the checks and the
// published text.
export const TABLE2_HAND = [
  { key: "licensing", label: "行政许可", unit: "本年处理决定数量" },
  { key: "penalty", label: "行政处罚", unit: "本年处理决定数量" },
  { key: "enforcement", label: "行政强制", unit: "本年处理决定数量" },
] as const;
export const FEES = { key: "fees", label: "行政事业性收费", unit: "本年收费金额（单位：万元）" } as const;

const OUTCOME_CELLS = [["Maintained", "结果维持"], ["Corrected", "结果纠正"], ["Other", "其他结果"], ["Pending", "尚未审结"], ["Total", "总计"]] as const;

/** Table 四: 行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉; five cells each. */
export const TABLE4_GROUPS = [
  { prefix: "re", label: "行政复议" },
  { prefix: "ld", label: "行政诉讼（未经复议直接起诉）" },
  { prefix: "lr", label: "行政诉讼（复议后起诉）" },
].map((g) => ({
  ...g,
  cells: OUTCOME_CELLS.map(([suffix, label]) => ({ key: `${g.prefix}${suffix}`, label })),
  parts: OUTCOME_CELLS.slice(0, 4).map(([suffix]) => `${g.prefix}${suffix}`),
  total: `${g.prefix}Total`,
}));
