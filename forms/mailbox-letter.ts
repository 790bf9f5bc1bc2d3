// 领导信箱 / 公众意见箱 (Art. 15). DESIGN §3.2. A citizen writes (signed out); 局办公室 (bgs)
// answers directly, forwards (转办) to a section or unit, or declines; the handler answers;
// the office reviewer (bgs-kz) approves or returns; a consented letter is then published.
import { defineForm } from "@/lib/form-engine/define";
import { FieldErrors } from "@/lib/form-engine/errors";
import type { Guard, Party } from "@/lib/form-engine/types";

export const MAILBOX_FORM_KEY = "mailbox-letter";
export const OFFICE_SECTION_ID = "bgs";
/** 信息统计科 keeps the site's content, so a 纠错 letter goes to it (Art. 15). */
export const CORRECTION_SECTION_ID = "xxtjk";
const CORRECTION = { field: "category", equals: "correction" };

/** Fields the citizen fills in; everything else is the staff's. */
export const CITIZEN_FIELDS = ["box", "name", "phone", "email", "address", "category", "subject", "content", "consent"] as const;

/** A step's own required field (the engine's required rules apply to every submit). */
const needs = (field: string, message: string): Guard => (ctx) => {
  if (typeof ctx.data[field] !== "string" || !(ctx.data[field] as string).trim()) throw new FieldErrors({ [field]: message });
};

/** 纠错 (a mistake on the site) belongs in the 公众意见箱. */
const correctionInOpinionBox: Guard = (ctx) => {
  if (ctx.data.category === "correction" && ctx.data.box !== "opinion") throw new FieldErrors({ category: "纠错请写给公众意见箱，或选择其他类别。" });
};

const OFFICE: Party[] = [{ kind: "publisherOf", sectionId: OFFICE_SECTION_ID }];
const HANDLER: Party[] = [{ kind: "publisher", sectionField: "handler" }, { kind: "reporter", sectionField: "handler" }];
const REVIEWER: Party[] = [{ kind: "role", role: "office_reviewer" }];
const ANSWERED: string[] = ["answered", "published"];

export const mailboxLetter = defineForm({
  key: MAILBOX_FORM_KEY,
  title: "领导信箱 · 公众意见箱来信",
  titleOf: (d) => (typeof d.subject === "string" && d.subject.trim()) || "（无主题）",
  fields: [
    { key: "box", type: "choice", label: "信箱", required: true, defaultValue: "leader", options: [{ value: "leader", label: "领导信箱" }, { value: "opinion", label: "公众意见箱" }] },
    { key: "name", type: "text", label: "姓名", personal: "name", required: true, maxLength: 30 },
    { key: "phone", type: "text", label: "联系电话", personal: "phone", required: true, maxLength: 20, pattern: { regex: "^[0-9][0-9 -]{5,18}[0-9]$", message: "请填写有效的联系电话（数字，可含“-”）" }, help: "查询答复时需要填写电话号码的后4位。" },
    { key: "email", type: "text", label: "电子邮箱", personal: "email", maxLength: 100, pattern: { regex: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", message: "请填写有效的电子邮箱" } },
    { key: "address", type: "text", label: "联系地址", personal: "address", maxLength: 100 },
    { key: "category", type: "choice", label: "类别", required: true, options: [{ value: "consult", label: "咨询" }, { value: "suggest", label: "建议" }, { value: "complain", label: "投诉" }, { value: "correction", label: "纠错" }, { value: "other", label: "其他" }] },
    { key: "subject", type: "text", label: "主题", required: true, maxLength: 50 },
    { key: "content", type: "longText", label: "内容", required: true, maxLength: 2000 },
    { key: "consent", type: "yesNo", label: "是否同意公开", required: true, help: "同意后，来信的主题、内容和答复（不含姓名和联系方式）将在本网站公开。" },
    // Staff fields.
    { key: "handler", type: "section", label: "承办单位" },
    { key: "instructions", type: "longText", label: "转办意见", maxLength: 500 },
    { key: "declineReason", type: "longText", label: "不予受理理由", maxLength: 500, help: "来信人查询时可以看到。" },
    { key: "reply", type: "longText", label: "答复内容", maxLength: 5000 },
  ],
  signoffs: [],
  // Art. 15: answered within 15 working days of 转办, or of receipt for a direct answer;
  // 审核通过 (or any terminal state) stops it.
  clocks: [{ key: "reply", label: "答复期限", days: 15, startedBy: ["submit"], restartedBy: ["forward"], stoppedBy: ["approve"], dueSoon: 3 }],
  // The public entry (lib/form-engine/public/): /mailbox to write, /mailbox/query to follow up.
  public: {
    slug: "mailbox",
    title: "领导信箱 · 公众意见箱",
    intro: ["局办公室统一管理领导信箱和公众意见箱：能够答复的直接答复，不能直接答复的按职能分工转有关科室和单位承办，承办单位于15个工作日内答复。"],
    links: [
      { label: "写信给领导信箱", href: "/mailbox?box=leader" },
      { label: "写信给公众意见箱", href: "/mailbox?box=opinion" },
      { label: "查询办理情况", href: "/mailbox/query" },
      { label: "信件公开", href: "/mailbox/letters" },
    ],
    notice: "带 * 的为必填项。您的姓名和联系方式仅供承办人员联系您，不会公开。",
    start: "submit",
    prefill: ["box", "category"],
    protect: { challenge: true, honeypot: true, perClientPerHour: 10 },
    receipt: {
      heading: "您的来信已提交",
      text: "请记下或打印您的查询码，凭查询码和联系电话后4位查询办理情况和答复。查询码不含数字0、1和字母O、I、l，不区分大小写。局办公室将在收信后按规定办理，承办单位于15个工作日内答复。",
    },
    lookup: {
      title: "来信查询",
      intro: "请输入提交信件时得到的查询码和您填写的联系电话的后4位。",
      secondFactor: { field: "phone", digits: 4, label: "联系电话后4位" },
      perClientPer15Minutes: 10,
      notMatched: "查询码或电话号码后4位不正确，未能查到信件。请核对后重新输入。",
    },
    citizenActions: [],
    citizenSees: {
      fields: ["box", { key: "declineReason", inStates: ["declined"] }, { key: "reply", inStates: ANSWERED }],
      computed: [{ key: "dept", label: "答复部门", inStates: ANSWERED, value: (d, { sectionName }) => (typeof d.handler === "string" && d.handler ? sectionName(d.handler) : undefined) ?? "局办公室" }],
      events: [{ action: "submit", label: "收到来信" }, { action: "decline", label: "不予受理" }, { action: "approve", label: "答复" }],
    },
  },
  states: {
    received: { label: "待局办公室处理" },
    handling: { label: "承办中" },
    review: { label: "待审核答复" },
    answered: { label: "已答复", terminal: true },
    published: { label: "已答复并公开", terminal: true },
    declined: { label: "不予受理", terminal: true },
  },
  actions: [
    // A 纠错 letter goes straight to 信息统计科 (the office can still have it returned and forward it).
    { key: "submit", label: "提交", from: ["new"], to: (d) => (d.handler ? "handling" : "received"), by: [{ kind: "public" }], edits: [...CITIZEN_FIELDS], sets: [{ field: "handler", value: CORRECTION_SECTION_ID, when: CORRECTION }], guards: [correctionInOpinionBox], tone: "primary" },
    { key: "answer_direct", label: "直接答复", from: ["received"], to: "review", by: OFFICE, edits: ["reply"], guards: [needs("reply", "请填写答复内容")], tone: "primary" },
    { key: "forward", label: "转办", from: ["received"], to: "handling", by: OFFICE, edits: ["handler", "instructions"], guards: [needs("handler", "请选择承办单位")] },
    { key: "decline", label: "不予受理", from: ["received"], to: "declined", by: OFFICE, edits: ["declineReason"], guards: [needs("declineReason", "请填写不予受理理由，来信人将看到该理由")], tone: "danger" },
    { key: "answer", label: "答复", from: ["handling"], to: "review", by: HANDLER, edits: ["reply"], guards: [needs("reply", "请填写答复内容")], tone: "primary" },
    // A mis-forwarded letter goes back to the office with the reason; the office forwards it again,
    // and the new 转办 starts a full 15 working days (the clock's restartedBy).
    { key: "return_to_office", label: "退回局办公室", from: ["handling"], to: "received", by: HANDLER, opinion: "required", sets: [{ field: "handler", value: "" }], task: false, tone: "danger" },
    { key: "approve", label: "审核通过", from: ["review"], to: (d) => (d.consent === "yes" ? "published" : "answered"), by: REVIEWER, opinion: "optional", defaultOpinion: "同意答复。", effects: ["mailboxPublish"], tone: "primary" },
    { key: "return", label: "退回修改", from: ["review"], to: (d) => (d.handler ? "handling" : "received"), by: REVIEWER, opinion: "required", task: false, tone: "danger" },
  ],
});
