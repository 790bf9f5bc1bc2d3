// 通报 (Art. 20): 信息统计科's chief names a section or unit and the case (an item not updated, a
// late letter, a 失泄密 incident …); the deputy director in charge of 信息统计科 (the overseer of
// the record's section, from the org chart) approves it; only then is it listed in the statistics
// (/staff/stats) and counted in the quarterly 考核.
import { defineForm } from "@/lib/form-engine/define";
import type { Party } from "@/lib/form-engine/types";
import { CIRCULAR_APPROVE_ACTION, CIRCULAR_APPROVED, CIRCULAR_FORM } from "@/lib/stats/keys";

const XXTJK_CHIEF: Party = { kind: "chiefOf", sectionId: "xxtjk", label: "信息统计科" };
const FIELDS = ["section", "caseText", "link"];

export const circular = defineForm({
  key: CIRCULAR_FORM,
  title: "通报",
  titleOf: (d) => `通报：${(typeof d.caseText === "string" && d.caseText.trim().slice(0, 30)) || "（未填写通报事由）"}`,
  fields: [
    { key: "drafter", type: "actorName", label: "拟稿人" },
    { key: "section", type: "section", label: "被通报科室或单位", required: true },
    { key: "caseText", type: "longText", label: "通报事由", required: true, maxLength: 2000, help: "写明发生了什么、违反第几条、应如何整改。" },
    { key: "link", type: "text", label: "相关信息或审批单", maxLength: 200, help: "可选：相关文章或审批单的站内地址，如 /articles/12 或 /staff/records/…",
      pattern: { regex: "^/(articles/\\d+|staff/records/[A-Za-z0-9]+)$", message: "请填写以 /articles/ 或 /staff/records/ 开头的站内地址" } },
  ],
  signoffs: [{ key: "deputy", label: "分管领导审批意见", actions: [CIRCULAR_APPROVE_ACTION], signerLabel: "批准人" }],
  states: {
    draft: { label: "草稿" },
    deputy_review: { label: "待分管领导审批" },
    [CIRCULAR_APPROVED]: { label: "已批准", terminal: true },
  },
  actions: [
    { key: "save", label: "保存草稿", from: ["new", "draft"], to: "draft", by: [XXTJK_CHIEF], edits: FIELDS, validate: "partial", startsCycle: true, task: false },
    { key: "submit", label: "提交审批", from: ["new", "draft"], to: "deputy_review", by: [XXTJK_CHIEF], edits: FIELDS, startsCycle: true, tone: "primary" },
    { key: CIRCULAR_APPROVE_ACTION, label: "批准", from: ["deputy_review"], to: CIRCULAR_APPROVED, by: [{ kind: "overseer" }], opinion: "optional", defaultOpinion: "同意通报。", tone: "primary" },
    { key: "return", label: "退回修改", from: ["deputy_review"], to: "draft", by: [{ kind: "overseer" }], opinion: "required", startsCycle: true, task: false, tone: "danger" },
  ],
});
