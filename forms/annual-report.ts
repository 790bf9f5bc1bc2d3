// 政府信息公开工作年度报告 (条例 Art. 49-50; the template of 国办公开办函〔2021〕30号), issue 12.
// 局办公室 (bgs) drafts the report of a year: the text parts and the hand-entered cells; tables
// 二 (规章 and 行政规范性文件) and 三 (the applications) are counted by the server each time the draft
// is saved or submitted, and frozen on submission. The deputy overseeing 局办公室 approves; the
// report is then published in 政府信息公开 and listed on /disclosure/annual-reports.
import { defineForm } from "@/lib/form-engine/define";
import type { DataField, Party } from "@/lib/form-engine/types";
import { TABLES_COMPUTATION } from "@/lib/disclosure-report/computation";
import { ANNUAL_REPORT_FORM, FEES, TABLE2_HAND, TABLE4_GROUPS } from "@/lib/disclosure-report/fields";
import { balanceGuard, totalsGuard, yearGuard } from "@/lib/disclosure-report/guards";
import { APPLICANT_COLUMNS, ENTRY_COLUMNS, ENTRY_ROWS } from "@/lib/disclosure-report/template";

export const ANNUAL_REPORT_FORM_KEY = ANNUAL_REPORT_FORM;

const OFFICE: Party[] = [{ kind: "publisherOf", sectionId: "bgs" }];
const DEPUTY: Party[] = [{ kind: "overseer" }];
const count = (key: string, label: string, group: string): DataField => ({ key, type: "number", label, group, min: 0, max: 999_999 });
const G2 = "二、主动公开政府信息情况";
const G3 = "三、收到和处理政府信息公开申请情况";
const G4 = "四、政府信息公开行政复议、行政诉讼情况";
const numberColumn = (key: string, label: string) => ({ key, type: "number" as const, label, min: 0 });

const TABLE4_FIELDS: DataField[] = TABLE4_GROUPS.flatMap((g) => g.cells.map((c) => count(c.key, `${g.label}：${c.label}`, G4)));

/** What 局办公室 types; everything else is counted. */
const ENTERED = ["year", "overview", ...TABLE2_HAND.map((f) => f.key), FEES.key, "table3Offline", ...TABLE4_FIELDS.map((f) => f.key), "problems", "otherMatters", "processingFee"];

export const annualReport = defineForm({
  key: ANNUAL_REPORT_FORM_KEY,
  title: "政府信息公开工作年度报告",
  titleOf: (d) => (d.year ? `${String(d.year)}年政府信息公开工作年度报告` : "政府信息公开工作年度报告（未填年度）"),
  fields: [
    { key: "year", type: "number", label: "报告年度", required: true, min: 2008, max: 2100, help: "例如 2026。每个年度只有一份报告。" },
    { key: "overview", type: "longText", label: "一、总体情况", required: true, maxLength: 20_000 },
    { key: "table2Docs", type: "table", label: "第二十条第（一）项（根据文件信息统计）", group: G2, columns: [
      { key: "item", type: "text", label: "信息内容" }, numberColumn("issued", "本年制发件数"), numberColumn("repealed", "本年废止件数"), numberColumn("inForce", "现行有效件数"),
    ] },
    ...TABLE2_HAND.map((f) => count(f.key, `${f.label}（${f.unit}）`, G2)),
    { key: FEES.key, type: "text", label: `${FEES.label}（${FEES.unit}）`, group: G2, maxLength: 12, pattern: { regex: "^\\d{1,8}(\\.\\d{1,4})?$", message: "请填写金额（万元），如 0 或 12.5" } },
    { key: "table3", type: "table", label: "申请情况统计（根据依申请公开办理记录统计）", group: G3, columns: [
      { key: "code", type: "text", label: "行次" }, { key: "item", type: "text", label: "项目" },
      ...APPLICANT_COLUMNS.map((c) => numberColumn(c.key, c.label)), numberColumn("total", "总计"),
    ] },
    { key: "table3Offline", type: "table", label: "线下申请补录", group: G3, maxRows: 200, help: "以信函、当面等方式收到、未在本系统办理的申请，按行次和申请人类别逐条补录件数；保存后计入上表。", columns: [
      { key: "row", type: "choice", label: "行次", required: true, options: ENTRY_ROWS },
      { key: "applicant", type: "choice", label: "申请人类别", required: true, options: ENTRY_COLUMNS },
      { key: "count", type: "number", label: "件数", required: true, min: 1, max: 99_999 },
    ] },
    ...TABLE4_FIELDS,
    { key: "problems", type: "longText", label: "五、存在的主要问题及改进情况", required: true, maxLength: 20_000 },
    { key: "otherMatters", type: "longText", label: "六、其他需要报告的事项", required: true, maxLength: 20_000 },
    { key: "processingFee", type: "text", label: "本年度收取信息处理费（元）", required: true, maxLength: 12, pattern: { regex: "^\\d{1,9}(\\.\\d{1,2})?$", message: "请填写金额（元），如 0 或 120.50" } },
  ],
  signoffs: [
    { key: "office", label: "局办公室报送", actions: ["submit"], signerLabel: "报送人" },
    { key: "deputy", label: "局分管领导审批意见", actions: ["approve"], signerLabel: "审批人" },
  ],
  states: {
    draft: { label: "草稿" },
    deputy_review: { label: "待局分管领导审批" },
    published: { label: "已发布", terminal: true },
  },
  actions: [
    { key: "save", label: "保存草稿", from: ["new", "draft"], to: "draft", by: OFFICE, edits: ENTERED, validate: "partial", computes: [TABLES_COMPUTATION], guards: [yearGuard], startsCycle: true, task: false },
    { key: "submit", label: "提交审批", from: ["new", "draft"], to: "deputy_review", by: OFFICE, edits: ENTERED, computes: [TABLES_COMPUTATION], guards: [yearGuard, balanceGuard, totalsGuard(TABLE4_GROUPS.map((g) => ({ label: g.label, parts: g.parts, total: g.total })))], startsCycle: true, tone: "primary" },
    { key: "approve", label: "批准", from: ["deputy_review"], to: "published", by: DEPUTY, guards: [balanceGuard], opinion: "optional", defaultOpinion: "同意发布。", effects: ["annualReportPublish"], tone: "primary" },
    { key: "return", label: "退回修改", from: ["deputy_review"], to: "draft", by: DEPUTY, opinion: "required", startsCycle: true, task: false, tone: "danger" },
  ],
});
