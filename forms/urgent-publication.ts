// 紧急发布 on the publication approval form (Art. 7 with Art. 9; issue 13 item 6). When a major
// public-health emergency needs authoritative information online at once, the drafter marks
// the item 紧急发布 with a reason. It is published as soon as the section chief (科室主要负责人)
// and one bureau leader (局长 or any 分管副局长) have signed; the remaining sign-offs of the
// ordinary Art. 9 path are still owed on the published item: the deputy overseeing the section
// (局分管领导审批), for a 特别重大 item also 局办公室 and 局主要领导, and the 审定 of both
// 信息统计科 and 宣传科. Until all of them have signed (补签) the item stays in the state
// "已紧急发布，待补签", flagged on /staff/stats and on its record (lib/stats/urgent-pending.ts),
// like GOV.UK Whitehall's force-publish with a later review. The publishing account does not
// 推送: the leader's approval publishes, because the point is not to wait for anyone else.
import type { ActionDef, DataField, Party, SignoffBlock } from "@/lib/form-engine/types";

export const URGENT_PUBLISHED = "urgent_published";
export const URGENT_FIELD_KEYS = ["urgent", "urgentReason"];

const URGENT = { field: "urgent", equals: "yes" };
const LEADERS: Party[] = [{ kind: "role", role: "director" }, { kind: "role", role: "deputy_director" }];
const FILING_FIELDS = ["category", "imageCount", "transferMode"];

export const URGENT_FIELDS: DataField[] = [
  { key: "urgent", type: "yesNo", label: "紧急发布", defaultValue: "no", help: "重大突发公共卫生事件需立即发布权威信息时选“是”（第七条）：经科室主要负责人审核、一位局领导批准即发布，其余审批和审定在发布后补签。" },
  { key: "urgentReason", type: "longText", label: "紧急发布理由", visibleWhen: URGENT, required: URGENT, maxLength: 500 },
];

export const URGENT_STATES: Record<string, { label: string }> = {
  urgent_leader_review: { label: "待局领导批准紧急发布" },
  [URGENT_PUBLISHED]: { label: "已紧急发布，待补签" },
};

/** The sign-offs still owed after an urgent publication: the ordinary path's, minus the chief's. */
export function countersignParties(special: boolean, finalizers: Party[]): Party[] {
  const leaders: Party[] = special
    ? [{ kind: "role", role: "office_reviewer" }, { kind: "overseer" }, { kind: "role", role: "director" }]
    : [{ kind: "overseer" }];
  return [...leaders, ...finalizers];
}

export function urgentActions(finalizers: Party[]): ActionDef[] {
  const countersign = (key: string, special: "yes" | "no"): ActionDef => ({
    key, label: "补签", from: [URGENT_PUBLISHED], when: { field: "special", equals: special }, to: "published",
    by: countersignParties(special === "yes", finalizers), signing: "all", opinion: "optional", defaultOpinion: "同意。", edits: FILING_FIELDS, tone: "primary",
  });
  return [
    { key: "urgent_chief_approve", label: "同意紧急发布", from: ["chief_review"], when: URGENT, to: "urgent_leader_review", by: [{ kind: "chief" }], opinion: "optional", defaultOpinion: "情况紧急，已核，呈报局领导批准紧急发布。", tone: "primary" },
    { key: "urgent_leader_approve", label: "批准紧急发布", from: ["urgent_leader_review"], when: URGENT, to: URGENT_PUBLISHED, by: LEADERS, opinion: "optional", defaultOpinion: "同意紧急发布。", effects: ["publish_urgent"], tone: "primary" },
    { key: "urgent_leader_return", label: "退回修改", from: ["urgent_leader_review"], to: "draft", by: LEADERS, opinion: "required", startsCycle: true, task: false, tone: "danger" },
    countersign("urgent_countersign", "no"),
    countersign("urgent_countersign_special", "yes"),
    { key: "urgent_withdraw", label: "撤稿", from: [URGENT_PUBLISHED], to: "withdrawn", by: [...finalizers, ...LEADERS], opinion: "required", effects: ["withdraw"], task: false, tone: "danger" },
  ];
}

export const URGENT_SIGNOFFS: SignoffBlock[] = [
  { key: "urgent", label: "紧急发布审批意见", actions: ["urgent_chief_approve", "urgent_leader_approve"], signerLabel: "审批人", visibleWhen: URGENT },
  { key: "countersign", label: "紧急发布后补签（局领导审批、信息统计科和宣传科审定）", actions: ["urgent_countersign", "urgent_countersign_special"], signerLabel: "签署人", visibleWhen: URGENT },
];
