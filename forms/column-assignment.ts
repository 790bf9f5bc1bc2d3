// 栏目调整审批 (Art. 5, 6, 10; DESIGN §3.3): the column responsibility table is changed only
// through this form. 信息统计科 proposes rows of changes; 局办公室 reviews; the deputy
// overseeing 信息统计科 approves. For a 一般调整 that is all (Art. 5): it is approved and takes
// effect with 生效. For an initial setup or a 大幅度调整 every bureau section (its chief) and every
// bureau leader (the deputies and the director) give an opinion — an all-must-sign step that moves
// on only when the last of them has answered — and then 局长 审定. 生效 applies every row in one
// transaction (lib/columns/apply.ts), so a table that was approved is the table in force.
import { defineForm } from "@/lib/form-engine/define";
import type { ActionDef, Party } from "@/lib/form-engine/types";
import { CHANGE_OPS } from "@/lib/columns/change-ops";
import { LEADERS, SECTIONS } from "@/prisma/seed/organisation";

export const COLUMN_FORM = "column-assignment";

export { CHANGE_OPS, type ChangeOp } from "@/lib/columns/change-ops";

const BUREAU_SECTIONS = SECTIONS.filter((s) => s.kind === "bureau_section");
const SECTION_OPTIONS = SECTIONS.filter((s) => s.kind !== "leadership").map((s) => ({ value: s.id, label: s.name }));

/** Every bureau section (its chief) and every bureau leader, each asked once for an opinion (Art. 5). */
const ALL_CHIEFS: Party[] = BUREAU_SECTIONS.map((s) => ({ kind: "chiefOf", sectionId: s.id, label: s.name }));
const ALL_LEADERS: Party[] = LEADERS.map((l) => ({ kind: "leader", username: l.username, label: l.title }));
const OFFICE_CHIEF: Party = { kind: "chiefOf", sectionId: "bgs", label: "局办公室" };
const PROPOSER: Party = { kind: "publisherOf", sectionId: "xxtjk" };

const needsOpinions = (d: Record<string, unknown>) => d.scope === "major" || d.scope === "initial";

const PROPOSAL_FIELDS = ["scope", "description", "opinionDeadline", "changes"];
const returnFrom = (key: string, state: string, by: Party[]): ActionDef => ({
  key, label: "退回修改", from: [state], to: "draft", by, opinion: "required", startsCycle: true, task: false, tone: "danger",
});

export const columnAssignment = defineForm({
  key: COLUMN_FORM,
  title: "栏目调整审批表",
  titleOf: (d) => (typeof d.description === "string" && d.description.trim().slice(0, 40)) || "（未填写调整说明）",
  fields: [
    { key: "proposer", type: "actorName", label: "申请人" },
    { key: "section", type: "actorSection", label: "科室" },
    { key: "scope", type: "choice", label: "调整类型", required: true, defaultValue: "minor", options: [
      { value: "minor", label: "一般调整" },
      { value: "major", label: "大幅度调整" },
      { value: "initial", label: "初始设置" },
    ], help: "一般调整经局办公室审核、分管领导批准即可生效；大幅度调整和初始设置还须征求各科室和各位局领导的意见，由局长审定（第五条）。" },
    { key: "description", type: "longText", label: "调整说明", required: true, maxLength: 2000 },
    { key: "opinionDeadline", type: "date", label: "征求意见截止日期", help: "到期仍未提出意见的，由局办公室督促；各科室和各位局领导全部提出意见后才能审定。", required: { field: "scope", notEquals: "minor" }, visibleWhen: { field: "scope", notEquals: "minor" } },
    { key: "changes", type: "table", label: "调整内容", required: true, maxRows: 50, help: "从栏目树中选择栏目（括号内为现在的责任科室）；新增栏目和申请专题专栏时填写新栏目的代码（小写字母、数字和连字符）。", columns: [
      { key: "op", type: "choice", label: "操作", required: true, options: [...CHANGE_OPS] },
      { key: "column", type: "text", label: "栏目代码", required: true, maxLength: 60, picker: "columnCode", typedWhen: { field: "op", in: ["add", "topic"] }, pattern: { regex: "^[a-z0-9-]+$", message: "栏目代码只能包含小写字母、数字和连字符" } },
      // Which operation needs which cell, declared once: the browser shows the error beside the cell, the server refuses the same.
      { key: "name", type: "text", label: "栏目名称（新增、更名、专题）", maxLength: 50, required: { field: "op", in: ["add", "rename", "topic"] } },
      { key: "parent", type: "text", label: "上级栏目代码（新增、移动）", maxLength: 60, picker: "columnCode" },
      { key: "sectionId", type: "choice", label: "责任科室（新增、更换、专题）", options: SECTION_OPTIONS, required: { field: "op", in: ["add", "section", "topic"] } },
      { key: "interval", type: "number", label: "更新周期（天）", min: 1, max: 3650, required: { field: "op", equals: "interval" } },
      { key: "target", type: "text", label: "信息转入栏目代码（删除）", maxLength: 60, picker: "columnCode" },
    ] },
  ],
  signoffs: [
    { key: "office", label: "局办公室审核意见", actions: ["office_approve"], signerLabel: "审核人" },
    { key: "deputy", label: "分管领导批准意见", actions: ["deputy_approve"], signerLabel: "批准人" },
    { key: "opinions", label: "各科室和局领导意见", actions: ["give_opinion"], signerLabel: "提出人", visibleWhen: { field: "scope", notEquals: "minor" } },
    { key: "director", label: "局长审定意见", actions: ["director_approve"], signerLabel: "审定人", visibleWhen: { field: "scope", notEquals: "minor" } },
  ],
  states: {
    draft: { label: "草稿" },
    office_review: { label: "待局办公室审核" },
    deputy_review: { label: "待分管领导批准" },
    opinions: { label: "征求各科室和局领导意见中" },
    director_review: { label: "待局长审定" },
    approved: { label: "已批准，待生效" },
    effective: { label: "已生效", terminal: true },
  },
  actions: [
    { key: "save", label: "保存草稿", from: ["new", "draft"], to: "draft", by: [PROPOSER], edits: PROPOSAL_FIELDS, validate: "partial", startsCycle: true, task: false },
    { key: "submit", label: "提交审核", from: ["new", "draft"], to: "office_review", by: [PROPOSER], edits: PROPOSAL_FIELDS, startsCycle: true, tone: "primary" },
    { key: "office_approve", label: "审核通过", from: ["office_review"], to: "deputy_review", by: [OFFICE_CHIEF], opinion: "optional", defaultOpinion: "已核，呈报分管领导批准。", tone: "primary" },
    returnFrom("office_return", "office_review", [OFFICE_CHIEF]),
    // A 一般调整 needs no director (Art. 5): approved by the deputy, it waits only for 生效.
    { key: "deputy_approve", label: "批准", from: ["deputy_review"], to: (d) => (needsOpinions(d) ? "opinions" : "approved"), by: [{ kind: "overseer" }], opinion: "optional", defaultOpinion: "同意。", tone: "primary" },
    returnFrom("deputy_return", "deputy_review", [{ kind: "overseer" }]),
    // Every section and every leader must answer: no one can close the round early (Art. 5).
    { key: "give_opinion", label: "提出意见", from: ["opinions"], to: "director_review", by: [...ALL_CHIEFS, ...ALL_LEADERS], signing: "all", opinion: "required", tone: "primary" },
    // Only 初始设置 / 大幅度调整 reach 待局长审定 (a 一般调整 recorded there before Art. 5 was
    // corrected can still be finished or returned by the director).
    { key: "director_approve", label: "审定", from: ["director_review"], to: "approved", by: [{ kind: "role", role: "director" }], opinion: "optional", defaultOpinion: "同意。", tone: "primary" },
    // 生效 (DESIGN §8) is its own step: 信息统计科, which runs the site (Art. 3), applies the
    // approved table in one transaction when it is ready to switch the site over.
    { key: "apply", label: "生效", from: ["approved"], to: "effective", by: [PROPOSER], effects: ["applyColumnChanges"], tone: "primary" },
    returnFrom("director_return", "director_review", [{ kind: "role", role: "director" }]),
  ],
});
