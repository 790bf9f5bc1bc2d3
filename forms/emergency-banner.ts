// 紧急公告 (Art. 7: 发生重大突发公共卫生事件时，相关科室应按程序主动利用局网站及时发布权威信息).
// "按程序": a finalizer of 信息统计科 or 宣传科 proposes the banner; it shows on every public page
// only after one bureau leader (局长 or any 分管副局长) approves it. Taking a live banner down is
// quick on purpose (a finalizer or a leader, with a reason, no second signature): removing a
// notice publishes nothing new, and a wrong or outdated emergency notice must be able to go at
// once, at any hour (Art. 18 应急值守). Every step is audited by the engine.
import { AppError } from "@/lib/errors";
import { defineForm } from "@/lib/form-engine/define";
import type { Guard, Party } from "@/lib/form-engine/types";

export const BANNER_FORM = "emergency-banner";

const PROPOSERS: Party[] = [
  { kind: "finalizer", sectionId: "xxtjk", label: "信息统计科" },
  { kind: "finalizer", sectionId: "xck", label: "宣传科" },
];
/** One bureau leader: the director or any deputy director. */
const LEADERS: Party[] = [{ kind: "role", role: "director" }, { kind: "role", role: "deputy_director" }];

/** The one who proposed a banner never approves it, even holding a leader's role as well. */
const notTheProposer: Guard = (ctx) => {
  const proposal = [...(ctx.events ?? [])].reverse().find((e) => e.action === "propose");
  const proposer = (proposal?.detail as { username?: string } | null)?.username;
  if (proposer && proposer === ctx.actor?.username) throw new AppError("own_proposal", "提出紧急公告的人不能批准自己的提议，须由另一位局领导批准。");
};

export const emergencyBanner = defineForm({
  key: BANNER_FORM,
  title: "紧急公告",
  cannotStartMessage: "您的账号不能提请紧急公告。紧急公告由信息统计科或宣传科的审定人员提请，经局领导批准后发布（第七条）。",
  titleOf: (d) => (typeof d.message === "string" && d.message.trim().slice(0, 40)) || "（未填写公告内容）",
  fields: [
    { key: "proposer", type: "actorName", label: "提出人" },
    { key: "section", type: "actorSection", label: "科室" },
    { key: "message", type: "longText", label: "公告内容", required: true, maxLength: 200, pattern: { regex: "\\S", message: "请填写公告内容" }, help: "批准后显示在网站每个公开页面的顶部。" },
    { key: "linkUrl", type: "text", label: "详情链接", maxLength: 500, pattern: { regex: "^(https?://|/(?!/))", message: "链接须以 http(s):// 或 / 开头" }, help: "可选，如 /articles/123。" },
  ],
  signoffs: [
    { key: "leader", label: "局领导审批意见", actions: ["approve", "reject"], signerLabel: "审批人" },
    { key: "takeDown", label: "撤下", actions: ["take_down"], signerLabel: "撤下人" },
  ],
  states: {
    pending: { label: "待局领导批准" },
    live: { label: "已在网站显示" },
    rejected: { label: "未获批准", terminal: true },
    ended: { label: "已撤下", terminal: true },
  },
  actions: [
    { key: "propose", label: "提请批准", from: ["new"], to: "pending", by: PROPOSERS, edits: ["message", "linkUrl"], tone: "primary" },
    { key: "approve", label: "批准", from: ["pending"], to: "live", by: LEADERS, opinion: "optional", defaultOpinion: "同意发布紧急公告。", guards: [notTheProposer], effects: ["banner.show"], tone: "primary" },
    { key: "reject", label: "不予批准", from: ["pending"], to: "rejected", by: LEADERS, opinion: "required", guards: [notTheProposer], task: false, tone: "danger" },
    // The proposer's side may also drop a proposal no longer needed.
    { key: "cancel", label: "撤回提议", from: ["pending"], to: "ended", by: PROPOSERS, opinion: "required", task: false, tone: "danger" },
    { key: "take_down", label: "撤下", from: ["live"], to: "ended", by: [...PROPOSERS, ...LEADERS], opinion: "required", effects: ["banner.hide"], task: false, tone: "danger" },
  ],
});
