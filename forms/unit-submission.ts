// 信息报送单 (Art. 8, 16): a county bureau or affiliated unit has no publishing account; its
// 信息员 sends material to the city section that handles its business (业务归口), which adopts
// it into its own Art. 9 approval path, returns it for changes, or declines it. DESIGN §2, §4.
//
// Contract relied on elsewhere (statistics, e2e): formKey "unit-submission"; the record's
// sectionId is the reporter's own section; actions submit / adopt (→ adopted) / return / decline
// (→ declined).
import { defineForm } from "@/lib/form-engine/define";
import type { Party } from "@/lib/form-engine/types";
import { CLASSIFIED_REFUSAL } from "./publication-approval";

export const UNIT_SUBMISSION_FORM = "unit-submission";

/** The county bureau's or unit's 信息员: the record is in their own section. */
const REPORTER: Party = { kind: "reporter" };
/** The publishing account of the city section the material was sent to. */
const RECEIVER: Party = { kind: "publisher", sectionField: "target" };

const REPORTER_FIELDS = ["secret", "target", "title", "body", "attachments", "images", "suggestedColumn", "contact", "phone"];

export const unitSubmission = defineForm({
  key: UNIT_SUBMISSION_FORM,
  title: "信息报送单",
  cannotStartMessage: "您的账号不能新建信息报送单。信息报送单由县区卫生计生局和直属单位的信息员填写（第八条）。",
  titleOf: (d) => (typeof d.title === "string" && d.title.trim()) || "（未命名）",
  fields: [
    { key: "secret", type: "yesNo", label: "是否涉密", required: true, help: "涉密信息不得上网（第十七条）：选“是”的事项不能保存，请通过线下渠道报送。", refuseWhen: { equals: "yes", message: CLASSIFIED_REFUSAL } },
    { key: "reporter", type: "actorName", label: "报送人" },
    { key: "unit", type: "actorSection", label: "报送单位" },
    { key: "target", type: "section", label: "报送科室", required: true, reportingOnly: true, help: "本单位业务归口的市局科室（第八条）；归口多个科室的，选择与本信息业务相关的科室。" },
    { key: "title", type: "text", label: "标题", group: "信息内容", required: true, maxLength: 100 },
    { key: "body", type: "richText", label: "正文", group: "信息内容", required: true, maxLength: 100_000, help: "可直接从 Word 或 WPS 粘贴，或用“导入Word文档”导入 .docx 文件；格式会自动整理。" },
    { key: "attachments", type: "attachments", label: "附件", group: "信息内容", maxFiles: 10 },
    { key: "images", type: "images", label: "图片", group: "信息内容", maxFiles: 20 },
    { key: "suggestedColumn", type: "text", label: "建议栏目", picker: "columnCode", maxLength: 64, help: "供市局科室参考；由科室在发布审批表中确定栏目。" },
    { key: "contact", type: "text", label: "联系人", required: true, maxLength: 30 },
    { key: "phone", type: "text", label: "联系电话", required: true, maxLength: 20, pattern: { regex: "^[0-9][0-9 -]{5,18}[0-9]$", message: "请填写有效的联系电话（数字，可含“-”）" } },
  ],
  signoffs: [
    { key: "decision", label: "科室处理意见", actions: ["adopt", "return", "decline"], signerLabel: "经办人" },
  ],
  states: {
    draft: { label: "草稿" },
    submitted: { label: "已报送，待科室处理" },
    returned: { label: "已退回修改" },
    adopted: { label: "已采用", terminal: true },
    declined: { label: "不予采用", terminal: true },
  },
  // Art. 8: 局办公室 统筹协调 the submissions of every county bureau and unit.
  viewers: [{ kind: "publisherOf", sectionId: "bgs" }, { kind: "chiefOf", sectionId: "bgs", label: "局办公室" }],
  actions: [
    { key: "save", label: "保存草稿", from: ["new", "draft", "returned"], to: "draft", by: [REPORTER], edits: REPORTER_FIELDS, validate: "partial", task: false },
    { key: "submit", label: "报送", from: ["new", "draft", "returned"], to: "submitted", by: [REPORTER], edits: REPORTER_FIELDS, startsCycle: true, tone: "primary" },
    // 采用 makes a publication approval draft of the receiving section (lib/unit-submission/adopt.ts).
    { key: "adopt", label: "采用", from: ["submitted"], to: "adopted", by: [RECEIVER], opinion: "optional", defaultOpinion: "采用，转入本科室信息发布审批。", effects: ["adopt-submission"], tone: "primary" },
    { key: "return", label: "退回修改", from: ["submitted"], to: "returned", by: [RECEIVER], opinion: "required", task: false, tone: "danger" },
    { key: "decline", label: "不予采用", from: ["submitted"], to: "declined", by: [RECEIVER], opinion: "required", task: false, tone: "danger" },
  ],
});
