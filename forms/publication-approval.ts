// 网站信息发布审批表 (Art. 9, 11, 17; the appendix of the 管理办法). DESIGN §3.1.
import { defineForm } from "@/lib/form-engine/define";
import type { ActionDef, Party } from "@/lib/form-engine/types";
import { DOCUMENT_FIELDS, documentValidityGuard } from "./document-fields";
import { URGENT_FIELD_KEYS, URGENT_FIELDS, URGENT_SIGNOFFS, URGENT_STATES, urgentActions } from "./urgent-publication";

/** Art. 17: with 是否涉密 = 是 no step runs and nothing typed is stored, not even a draft (the engine's `refuseWhen`). */
export const CLASSIFIED_REFUSAL = "根据《揭阳市卫生计生局门户网站管理办法（试行）》第十七条，涉密信息不得上网：“是否涉密”为“是”的事项不能在本系统保存、提交或发布，填写的内容未被保存。请通过线下渠道按保密规定办理。";

const FINALIZERS: Party[] = [
  { kind: "finalizer", sectionId: "xxtjk", label: "信息统计科" },
  { kind: "finalizer", sectionId: "xck", label: "宣传科" },
];

const REVIEW_STATES = ["chief_review", "office_review", "deputy_review", "director_review"];
const SERVICE_GUIDE_FIELDS = ["applyUrl", "consultUrl", "progressUrl", "resultUrl", "materials"];
const DOCUMENT_KEYS = DOCUMENT_FIELDS.map((f) => f.key);
const APPLICANT_FIELDS = ["secret", "applyDate", "title", "body", "attachments", "images", "column", "publishDate", "special", "note", ...SERVICE_GUIDE_FIELDS, ...DOCUMENT_KEYS, ...URGENT_FIELD_KEYS];
const GUIDE_GROUP = "办事指南";
// Art. 13: only an item in the 办事指南 column has these fields; elsewhere they are hidden and stripped.
const IN_GUIDE_COLUMN = { field: "column", columnIn: ["guides"] };
const serviceUrl = (key: string, label: string) =>
  ({ key, type: "text", label, group: GUIDE_GROUP, visibleWhen: IN_GUIDE_COLUMN, maxLength: 500, pattern: { regex: "^(https?://|/(?!/))", message: "链接须以 http:// 、https:// 或 / 开头" } }) as const;
const special = (d: Record<string, unknown>) => d.special === "yes";

const returnFrom = (key: string, state: string, by: Party[]): ActionDef => ({
  key, label: "退回修改", from: [state], to: "draft", by, opinion: "required", startsCycle: true, task: false, tone: "danger",
});

export const publicationApproval = defineForm({
  key: "publication-approval",
  title: "网站信息发布审批表",
  cannotStartMessage: "您的账号不能新建网站信息发布审批表。发布信息须由科室发布账号（信息员）填写（第九条、第十六条）。",
  titleOf: (d) => (typeof d.title === "string" && d.title.trim()) || "（未命名）",
  fields: [
    { key: "secret", type: "yesNo", label: "是否涉密", required: true, help: "涉密信息不得上网（第十七条）：选“是”的事项不能保存，请通过线下渠道办理。", refuseWhen: { equals: "yes", message: CLASSIFIED_REFUSAL } },
    { key: "applicant", type: "actorName", label: "申请人" },
    { key: "section", type: "actorSection", label: "科室" },
    { key: "applyDate", type: "date", label: "申请日期", required: true, defaultToday: true },
    { key: "title", type: "text", label: "标题", group: "信息内容", required: true, maxLength: 100 },
    { key: "body", type: "richText", label: "正文", group: "信息内容", required: true, maxLength: 100_000, help: "可直接从 Word 或 WPS 粘贴，或用“导入Word文档”导入 .docx 文件；格式会自动整理。" },
    { key: "attachments", type: "attachments", label: "附件", group: "信息内容", maxFiles: 10 },
    { key: "images", type: "images", label: "图片", group: "信息内容", maxFiles: 20 },
    { key: "column", type: "column", label: "栏目", required: true, responsibleOnly: true },
    { key: "publishDate", type: "date", label: "发布日期", required: true, defaultToday: true, help: "晚于审定日期的，到该日自动在网站显示。" },
    { key: "special", type: "yesNo", label: "是否特别重大信息", required: true, defaultValue: "no", help: "特别重大信息还需局办公室审核和局主要领导审批（第九条）。" },
    { key: "note", type: "longText", label: "备注", maxLength: 500 },
    // Art. 13: a 办事指南 item links into the city's online service hall and lists its materials.
    serviceUrl("applyUrl", "在线申办链接"),
    serviceUrl("consultUrl", "网上咨询链接"),
    serviceUrl("progressUrl", "进度查询链接"),
    serviceUrl("resultUrl", "结果查询链接"),
    { key: "materials", type: "table", label: "需提交材料", group: GUIDE_GROUP, visibleWhen: IN_GUIDE_COLUMN, maxRows: 50, columns: [
      { key: "name", type: "text", label: "材料名称", required: true, maxLength: 200 },
      { key: "note", type: "text", label: "说明", maxLength: 200 },
      { key: "downloadUrl", type: "text", label: "样表下载链接", maxLength: 500, pattern: { regex: "^(https?://|/(?!/))", message: "链接须以 http:// 、https:// 或 / 开头" } },
    ] },
    // 文件信息 of items in 政策法规 and 政府信息公开 (issue 12; table 二 of the annual report).
    ...DOCUMENT_FIELDS,
    // 审定备案, filled in by the finalizers when they sign.
    { key: "category", type: "text", label: "资讯所属类别", maxLength: 50 },
    { key: "imageCount", type: "number", label: "图片", min: 0, max: 999 },
    { key: "transferMode", type: "choice", label: "电子文档传递方式", options: [{ value: "copy", label: "拷贝" }, { value: "email", label: "邮件" }] },
    // 紧急发布 (Art. 7): forms/urgent-publication.ts.
    ...URGENT_FIELDS,
  ],
  signoffs: [
    { key: "chief", label: "科室领导审核意见", actions: ["chief_approve"], signerLabel: "审核人" },
    { key: "office", label: "局办公室审核意见", actions: ["office_approve"], signerLabel: "审核人", visibleWhen: { field: "special", equals: "yes" } },
    { key: "deputy", label: "局分管领导审批意见", actions: ["deputy_approve"], signerLabel: "审批人" },
    { key: "director", label: "局主要领导审批意见", actions: ["director_approve"], signerLabel: "审批人", visibleWhen: { field: "special", equals: "yes" }, printAlways: true },
    { key: "finalize", label: "信息统计科和宣传科审定备案", actions: ["finalize"], signerLabel: "负责人", extraFields: ["category", "imageCount", "transferMode"] },
    ...URGENT_SIGNOFFS,
  ],
  states: {
    draft: { label: "草稿" },
    chief_review: { label: "待科室领导审核" },
    office_review: { label: "待局办公室审核" },
    deputy_review: { label: "待局分管领导审批" },
    director_review: { label: "待局主要领导审批" },
    approved: { label: "已批准，待推送" },
    finalizing: { label: "待信息统计科和宣传科审定" },
    published: { label: "已发布", terminal: false },
    withdrawn: { label: "已撤稿", terminal: true },
    ...URGENT_STATES,
  },
  actions: [
    // The drafter may save in any state before 推送; saving after a sign-off returns the item
    // to draft, so the content approved is the content published.
    { key: "save", label: "保存草稿", from: ["new", "draft", ...REVIEW_STATES, "approved"], to: "draft", by: [{ kind: "publisher" }], edits: APPLICANT_FIELDS, validate: "partial", startsCycle: true, task: false },
    { key: "submit", label: "提交审核", from: ["new", "draft"], to: "chief_review", by: [{ kind: "publisher" }], edits: APPLICANT_FIELDS, guards: [documentValidityGuard], startsCycle: true, tone: "primary" },
    { key: "chief_approve", label: "审核通过", from: ["chief_review"], to: (d) => (special(d) ? "office_review" : "deputy_review"), by: [{ kind: "chief" }], opinion: "optional", defaultOpinion: "已核，呈报局领导审批。", tone: "primary" },
    returnFrom("chief_return", "chief_review", [{ kind: "chief" }]),
    { key: "office_approve", label: "审核通过", from: ["office_review"], when: { field: "special", equals: "yes" }, to: "deputy_review", by: [{ kind: "role", role: "office_reviewer" }], opinion: "optional", defaultOpinion: "已核。", tone: "primary" },
    returnFrom("office_return", "office_review", [{ kind: "role", role: "office_reviewer" }]),
    { key: "deputy_approve", label: "批准", from: ["deputy_review"], to: (d) => (special(d) ? "director_review" : "approved"), by: [{ kind: "overseer" }], opinion: "optional", defaultOpinion: "同意发布。", tone: "primary" },
    returnFrom("deputy_return", "deputy_review", [{ kind: "overseer" }]),
    { key: "director_approve", label: "批准", from: ["director_review"], when: { field: "special", equals: "yes" }, to: "approved", by: [{ kind: "role", role: "director" }], opinion: "optional", defaultOpinion: "同意发布。", tone: "primary" },
    returnFrom("director_return", "director_review", [{ kind: "role", role: "director" }]),
    { key: "push", label: "推送", from: ["approved"], to: "finalizing", by: [{ kind: "publisher" }], tone: "primary" },
    // Both finalizers sign; the last signature publishes (发布).
    { key: "finalize", label: "审定", from: ["finalizing"], to: "published", by: FINALIZERS, signing: "all", opinion: "optional", defaultOpinion: "同意发布。", edits: ["category", "imageCount", "transferMode"], effects: ["publish"], tone: "primary" },
    returnFrom("finalize_return", "finalizing", FINALIZERS),
    // A published document is later repealed or expires: its section records that, the page says so (issue 12).
    { key: "mark_validity", label: "标记废止/失效", from: ["published"], to: "published", by: [{ kind: "publisher" }], when: { field: "docType", in: ["rule", "normative", "other"] }, edits: ["docValidity", "docValidityDate"], guards: [documentValidityGuard], opinion: "optional", effects: ["documentStatus"], task: false },
    { key: "withdraw", label: "撤稿", from: ["published"], to: "withdrawn", by: FINALIZERS, opinion: "required", effects: ["withdraw"], task: false, tone: "danger" },
    ...urgentActions(FINALIZERS),
  ],
  print: {
    title: "揭阳市卫生计生局网站信息发布审批表",
    choices: ["secret"],
    rows: [
      [{ field: "applicant" }, { field: "section" }, { field: "applyDate" }],
      // The appendix names this cell 信息内容; the full content is attached after the table.
      [{ field: "title", span: 2, label: "信息内容" }, { field: "publishDate" }],
      [{ field: "column", span: 2 }, { field: "special" }],
    ],
    signoffs: ["chief", "office", "deputy", "director", "finalize"],
    note: "note",
    footnote: "注：呈报领导审批、信息统计科备案登记时应一并报送信息内容纸质材料。",
    attachment: { heading: "附：信息内容", titleField: "title", bodyField: "body", fileFields: ["attachments", "images"] },
  },
});
