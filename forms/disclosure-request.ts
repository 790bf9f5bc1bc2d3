// 依申请公开: an application for government information (政府信息公开条例 2019, Art. 29-36;
// 国办函〔2020〕109号). A citizen applies signed out at /disclosure; 局办公室 (bgs) registers it
// (揭卫依申〔年〕第NNNN号) and the 20-working-day clock starts the day after; 补正告知 at most
// once within 7 working days restarts it once the applicant answers; 延期 once (≤ 20 working
// days) with the office chief's approval; 征求第三方意见 pauses it; the reply carries one outcome
// of table 三 of the national annual-report template and is reviewed by bgs-kz.
import { defineForm } from "@/lib/form-engine/define";
import { FieldErrors } from "@/lib/form-engine/errors";
import type { ChoiceOption, Guard, Party } from "@/lib/form-engine/types";
import { AppError } from "@/lib/errors";
import { todayInBeijing } from "@/lib/time/beijing";
import { DISCLOSURE_LETTER } from "./disclosure-letters";

export const DISCLOSURE_FORM_KEY = "disclosure-request";

/** Fields the applicant fills in at /disclosure. */
export const APPLICANT_FIELDS = [
  "applicantType", "orgKind", "name", "idType", "idNumber", "creditCode", "contact",
  "phone", "address", "email", "description", "purpose", "medium", "delivery",
] as const;

/** The outcome rows of table 三 (三、本年度办理结果) of the template, coded by row. */
export const OUTCOMES: ChoiceOption[] = [
  { value: "disclose", label: "予以公开", code: "3.1" },
  { value: "partial", label: "部分公开", code: "3.2" },
  { value: "withhold_state_secret", label: "不予公开：属于国家秘密", code: "3.3.1" },
  { value: "withhold_law_forbids", label: "不予公开：其他法律行政法规禁止公开", code: "3.3.2" },
  { value: "withhold_security", label: "不予公开：危及“三安全一稳定”", code: "3.3.3" },
  { value: "withhold_third_party", label: "不予公开：保护第三方合法权益", code: "3.3.4" },
  { value: "withhold_internal", label: "不予公开：属于三类内部事务信息", code: "3.3.5" },
  { value: "withhold_process", label: "不予公开：属于四类过程性信息", code: "3.3.6" },
  { value: "withhold_enforcement", label: "不予公开：属于行政执法案卷", code: "3.3.7" },
  { value: "withhold_query", label: "不予公开：属于行政查询事项", code: "3.3.8" },
  { value: "unable_not_held", label: "无法提供：本机关不掌握相关政府信息", code: "3.4.1" },
  { value: "unable_needs_making", label: "无法提供：没有现成信息需要另行制作", code: "3.4.2" },
  { value: "unable_unclear", label: "无法提供：补正后申请内容仍不明确", code: "3.4.3" },
  { value: "not_handled_petition", label: "不予处理：信访举报投诉类申请", code: "3.5.1" },
  { value: "not_handled_repeat", label: "不予处理：重复申请", code: "3.5.2" },
  { value: "not_handled_publication", label: "不予处理：要求提供公开出版物", code: "3.5.3" },
  { value: "not_handled_mass", label: "不予处理：无正当理由大量反复申请", code: "3.5.4" },
  { value: "not_handled_confirm", label: "不予处理：要求行政机关确认或重新出具已获取信息", code: "3.5.5" },
  { value: "other_no_correction", label: "其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", code: "3.6.1" },
  { value: "other_no_fee", label: "其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", code: "3.6.2" },
  { value: "other", label: "其他处理：其他", code: "3.6.3" },
];

/** 申请人情况: the columns of table 三. */
export const ORG_KINDS: ChoiceOption[] = [
  { value: "business", label: "商业企业" },
  { value: "research", label: "科研机构" },
  { value: "charity", label: "社会公益组织" },
  { value: "legal", label: "法律服务机构" },
  { value: "other", label: "其他" },
];

const needs = (field: string, message: string): Guard => (ctx) => {
  const v = ctx.data[field];
  if (v === undefined || v === null || (typeof v === "string" && !v.trim())) throw new FieldErrors({ [field]: message });
};

/** 补正期限 is a day still ahead when the notice is sent. */
const correctionPeriodAhead: Guard = (ctx) => {
  const due = ctx.data.correctionDue;
  if (typeof due === "string" && due <= todayInBeijing(ctx.now)) throw new FieldErrors({ correctionDue: "补正期限应晚于今天" });
};

/** 逾期不补正 only once the period the notice gave has passed. */
const correctionPeriodOver: Guard = (ctx) => {
  const due = ctx.data.correctionDue;
  if (typeof due === "string" && todayInBeijing(ctx.now) <= due) {
    throw new AppError("correction_period_running", `补正期限（${due}）尚未届满，不能按“申请人逾期不补正”办结。`);
  }
};

const OFFICE: Party[] = [{ kind: "publisherOf", sectionId: "bgs" }];
const CHIEF: Party[] = [{ kind: "role", role: "office_reviewer" }];
const REPLIED = ["answered"];
/** Where the office works the application with the clock running. */
const HANDLING = "registered";

const isPerson = { field: "applicantType", equals: "person" } as const;
const isOrg = { field: "applicantType", equals: "org" } as const;

export const disclosureRequest = defineForm({
  key: DISCLOSURE_FORM_KEY,
  title: "政府信息公开申请",
  titleOf: (d) => {
    const s = typeof d.description === "string" ? d.description.trim() : "";
    return s ? (s.length > 30 ? `${s.slice(0, 30)}…` : s) : "（无内容描述）";
  },
  fields: [
    { key: "applicantType", type: "choice", label: "申请人类型", required: true, defaultValue: "person", group: "申请人信息", options: [{ value: "person", label: "自然人" }, { value: "org", label: "法人或其他组织" }] },
    { key: "orgKind", type: "choice", label: "组织类别", required: isOrg, visibleWhen: isOrg, group: "申请人信息", options: ORG_KINDS },
    { key: "name", type: "text", label: "姓名或名称", personal: "name", required: true, maxLength: 100, group: "申请人信息", help: "自然人填写姓名；法人或其他组织填写名称。" },
    { key: "idType", type: "choice", label: "证件类型", required: isPerson, visibleWhen: isPerson, group: "申请人信息", options: [
      { value: "resident", label: "居民身份证" }, { value: "passport", label: "护照" }, { value: "hkmo", label: "港澳居民来往内地通行证" }, { value: "tw", label: "台湾居民来往大陆通行证" }, { value: "other", label: "其他" },
    ] },
    { key: "idNumber", type: "text", label: "证件号码", personal: "idNumber", required: isPerson, visibleWhen: isPerson, maxLength: 30, group: "申请人信息", pattern: { regex: "^[0-9A-Za-z()（）-]{5,30}$", message: "请填写有效的证件号码（字母和数字）" } },
    { key: "creditCode", type: "text", label: "统一社会信用代码", required: isOrg, visibleWhen: isOrg, maxLength: 18, group: "申请人信息", pattern: { regex: "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$", message: "请填写18位统一社会信用代码" } },
    { key: "contact", type: "text", label: "联系人", personal: "name", visibleWhen: isOrg, maxLength: 30, group: "申请人信息" },
    { key: "phone", type: "text", label: "联系电话", personal: "phone", required: true, maxLength: 20, group: "申请人信息", pattern: { regex: "^[0-9][0-9 -]{5,18}[0-9]$", message: "请填写有效的联系电话（数字，可含“-”）" }, help: "查询办理情况时需要填写电话号码的后4位。" },
    { key: "address", type: "text", label: "通信地址", personal: "address", required: true, maxLength: 100, group: "申请人信息" },
    { key: "email", type: "text", label: "电子邮箱", personal: "email", maxLength: 100, group: "申请人信息", pattern: { regex: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", message: "请填写有效的电子邮箱" } },
    { key: "description", type: "longText", label: "所需政府信息的内容描述", required: true, maxLength: 2000, group: "申请内容", help: "请尽量写明信息的名称、文号或便于查找的其他特征。" },
    { key: "purpose", type: "longText", label: "用途（选填）", maxLength: 500, group: "申请内容" },
    { key: "medium", type: "choice", label: "信息的提供形式", required: true, group: "申请内容", options: [{ value: "paper", label: "纸质" }, { value: "electronic", label: "电子" }] },
    { key: "delivery", type: "choice", label: "获取信息的方式", required: true, group: "申请内容", options: [{ value: "post", label: "邮寄" }, { value: "email", label: "电子邮件" }, { value: "pickup", label: "自行领取" }] },
    // The office's fields.
    { key: "correctionItems", type: "longText", label: "需要补正的事项", maxLength: 1000, help: "申请人查询时可以看到。" },
    { key: "correctionDue", type: "date", label: "补正期限", help: "申请人应在此日期前（含当日）提交补正。" },
    { key: "correction", type: "longText", label: "补正内容", maxLength: 2000 },
    { key: "extensionReason", type: "longText", label: "延期理由", maxLength: 500 },
    { key: "extensionDays", type: "number", label: "延长工作日数", min: 1, max: 20 },
    { key: "thirdParty", type: "longText", label: "征求意见的第三方及事项", maxLength: 500 },
    { key: "outcome", type: "choice", label: "处理结果", options: OUTCOMES },
    { key: "replyText", type: "longText", label: "答复内容", maxLength: 5000 },
  ],
  signoffs: [],
  letter: DISCLOSURE_LETTER,
  numbering: { on: "register", pattern: "揭卫依申〔{year}〕第{seq:4}号" },
  // Art. 33: 20 working days from receipt (counted from the day after 登记); Art. 30: a fresh
  // period from the day the corrected application arrives; Art. 32: the third party's time is
  // not counted; Art. 33: one extension of at most 20 working days.
  clocks: [{
    key: "reply", label: "答复期限", days: 20,
    startedBy: ["register"], restartedBy: ["supply_correction"],
    pausedIn: ["awaiting_correction", "third_party"],
    extendedBy: { action: "approve_extension", days: 20, max: 1, daysField: "extensionDays" },
    stoppedBy: ["approve"], dueSoon: 5,
  }],
  public: {
    slug: "disclosure",
    title: "政府信息公开申请",
    intro: [
      "依据《中华人民共和国政府信息公开条例》，公民、法人或者其他组织可以向本局申请获取政府信息。本局收到申请后登记，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经局办公室负责人同意并告知申请人，延长的期限最长不超过20个工作日。",
      "申请内容不明确的，本局在收到申请之日起7个工作日内一次性告知需要补正的事项和合理的补正期限，答复期限自收到补正的申请之日起计算。",
    ],
    links: [
      { label: "提交申请", href: "/disclosure" },
      { label: "查询办理情况、提交补正", href: "/disclosure/query" },
    ],
    notice: "带 * 的为必填项。申请人的姓名或名称、证件号码和联系方式仅用于办理本申请，不会公开。",
    start: "apply",
    protect: { challenge: true, honeypot: true, perClientPerHour: 5 },
    receipt: {
      heading: "您的政府信息公开申请已提交",
      text: "请记下或打印本回执和查询码，凭查询码和联系电话后4位查询办理情况、提交补正和查看答复。查询码不含数字0、1和字母O、I、l，不区分大小写。局办公室登记后，自登记次日起计算20个工作日的答复期限。",
    },
    lookup: {
      title: "政府信息公开申请查询",
      intro: "请输入提交申请时得到的查询码和您填写的联系电话的后4位。",
      secondFactor: { field: "phone", digits: 4, label: "联系电话后4位" },
      perClientPer15Minutes: 10,
      notMatched: "查询码或电话号码后4位不正确，未能查到申请。请核对后重新输入。",
    },
    column: "on-request",
    citizenActions: ["supply_correction"],
    citizenSees: {
      registration: { numberLabel: "登记编号", dateLabel: "收到申请日期" },
      clocks: ["reply"],
      fields: [
        "description", "medium", "delivery",
        { key: "correctionItems", inStates: ["awaiting_correction", HANDLING, "third_party", "extension_requested", "review", ...REPLIED, "closed_no_correction"] },
        { key: "correctionDue", inStates: ["awaiting_correction", "closed_no_correction"] },
        { key: "correction", inStates: [HANDLING, "third_party", "extension_requested", "review", ...REPLIED] },
        { key: "outcome", inStates: REPLIED },
        { key: "replyText", inStates: REPLIED },
      ],
      events: [
        { action: "apply", label: "提交申请" },
        { action: "register", label: "登记" },
        { action: "correction_notice", label: "补正告知" },
        { action: "supply_correction", label: "提交补正" },
        { action: "approve_extension", label: "延长答复期限" },
        { action: "consult_third_party", label: "征求第三方意见" },
        { action: "resume", label: "第三方意见期结束，恢复计算答复期限" },
        { action: "approve", label: "答复" },
        { action: "close_no_correction", label: "逾期未补正，不再处理" },
      ],
    },
  },
  states: {
    received: { label: "待登记" },
    registered: { label: "办理中" },
    awaiting_correction: { label: "待申请人补正" },
    extension_requested: { label: "延期待批准" },
    third_party: { label: "征求第三方意见中" },
    review: { label: "答复待审核" },
    answered: { label: "已答复", terminal: true },
    closed_no_correction: { label: "逾期未补正，已办结", terminal: true },
  },
  actions: [
    { key: "apply", label: "提交申请", from: ["new"], to: "received", by: [{ kind: "public" }], edits: [...APPLICANT_FIELDS], tone: "primary" },
    { key: "register", label: "登记", from: ["received"], to: HANDLING, by: OFFICE, tone: "primary" },
    {
      key: "correction_notice", label: "补正告知", from: [HANDLING], to: "awaiting_correction", by: OFFICE,
      edits: ["correctionItems", "correctionDue"], once: true, within: { clock: "reply", workingDays: 7 },
      guards: [needs("correctionItems", "请填写需要补正的事项，申请人将看到"), needs("correctionDue", "请填写补正期限"), correctionPeriodAhead],
    },
    { key: "supply_correction", label: "提交补正", from: ["awaiting_correction"], to: HANDLING, by: [{ kind: "citizen" }], edits: ["correction"], guards: [needs("correction", "请填写补正内容")], tone: "primary" },
    // Art. 30: also taken by the system the day after the 补正期限 (lib/form-engine/auto/); the
    // outcome is row 3.6.1 of table 三, which the 告知书 and the annual report read.
    {
      key: "close_no_correction", label: "申请人逾期不补正", from: ["awaiting_correction"], to: "closed_no_correction", by: OFFICE,
      guards: [correctionPeriodOver], opinion: "optional", tone: "danger", auto: { afterDateField: "correctionDue" },
      sets: [{ field: "outcome", value: "other_no_correction" }],
    },
    { key: "request_extension", label: "延期", from: [HANDLING], to: "extension_requested", by: OFFICE, once: true, edits: ["extensionReason", "extensionDays"], guards: [needs("extensionReason", "请填写延期理由"), needs("extensionDays", "请填写延长的工作日数（不超过20个）")] },
    { key: "approve_extension", label: "批准延期", from: ["extension_requested"], to: HANDLING, by: CHIEF, edits: ["extensionDays"], opinion: "optional", defaultOpinion: "同意延期。", tone: "primary" },
    { key: "refuse_extension", label: "不同意延期", from: ["extension_requested"], to: HANDLING, by: CHIEF, opinion: "required", task: false, tone: "danger" },
    { key: "consult_third_party", label: "征求第三方意见", from: [HANDLING], to: "third_party", by: OFFICE, edits: ["thirdParty"], guards: [needs("thirdParty", "请填写征求意见的第三方及事项")] },
    { key: "resume", label: "恢复办理", from: ["third_party"], to: HANDLING, by: OFFICE, opinion: "optional" },
    { key: "reply", label: "答复", from: [HANDLING], to: "review", by: OFFICE, edits: ["outcome", "replyText"], guards: [needs("outcome", "请选择处理结果"), needs("replyText", "请填写答复内容")], tone: "primary" },
    { key: "approve", label: "审核通过", from: ["review"], to: "answered", by: CHIEF, opinion: "optional", defaultOpinion: "同意答复。", tone: "primary" },
    { key: "return", label: "退回修改", from: ["review"], to: HANDLING, by: CHIEF, opinion: "required", task: false, tone: "danger" },
  ],
});
