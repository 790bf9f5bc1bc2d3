// 季度考核 (Art. 19): 信息统计科's chief drafts a quarter's assessment and approves it. The table
// itself is computed (lib/stats/assessment.ts) from the figures and the weights; the approving
// transaction stores it (assessment_snapshots), and from then on the quarter is frozen: it is read
// from there, never recomputed. One approved table per quarter, and only once the quarter is over.
import { AppError } from "@/lib/errors";
import { defineForm } from "@/lib/form-engine/define";
import type { Guard, Party } from "@/lib/form-engine/types";
import { ASSESSMENT_APPROVE_ACTION, ASSESSMENT_FORM, QUARTER_PATTERN } from "@/lib/stats/keys";
import { periodBounds } from "@/lib/stats/period";

const XXTJK_CHIEF: Party = { kind: "chiefOf", sectionId: "xxtjk", label: "信息统计科" };
const FIELDS = ["quarter", "note"];

/** A quarter still running cannot be frozen: its figures would miss the rest of it. */
const quarterOver: Guard = (ctx) => {
  const q = String(ctx.data.quarter ?? "");
  if (periodBounds(q).end > (ctx.now ?? new Date())) throw new AppError("quarter_running", `${q} 尚未结束，季度结束后才能批准该季度的考核。`);
};

export const assessment = defineForm({
  key: ASSESSMENT_FORM,
  title: "季度考核表",
  titleOf: (d) => `${typeof d.quarter === "string" && d.quarter ? d.quarter : "（未填写季度）"} 季度考核`,
  fields: [
    { key: "drafter", type: "actorName", label: "拟稿人" },
    { key: "quarter", type: "text", label: "考核季度", required: true, maxLength: 7, help: "例如 2026-Q3。考核表按统计督查—季度考核中的计分办法计算。",
      pattern: { regex: QUARTER_PATTERN, message: "请按“2026-Q3”的格式填写考核季度" } },
    { key: "note", type: "longText", label: "说明", maxLength: 2000 },
  ],
  signoffs: [{ key: "approval", label: "信息统计科审定", actions: [ASSESSMENT_APPROVE_ACTION], signerLabel: "审定人" }],
  states: {
    draft: { label: "草稿" },
    approved: { label: "已批准（考核结果已冻结）", terminal: true },
  },
  actions: [
    { key: "save", label: "保存草稿", from: ["new", "draft"], to: "draft", by: [XXTJK_CHIEF], edits: FIELDS, validate: "partial", startsCycle: true, task: false },
    { key: ASSESSMENT_APPROVE_ACTION, label: "批准", from: ["draft"], to: "approved", by: [XXTJK_CHIEF], edits: FIELDS, opinion: "optional", defaultOpinion: "同意。", guards: [quarterOver], effects: ["freezeAssessment"], tone: "primary" },
  ],
});
