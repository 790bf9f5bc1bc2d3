// 专题专栏申请 (Art. 6): a bureau section opens a 专题专栏 on its stage priorities or on what the
// public cares about; affiliated units, associations and county bureaus may ask for a public-
// welfare or service topic, through the city section that handles their business (业务归口),
// which checks and forwards (转报) it. 信息统计科 receives every request; 受理 creates a
// prefilled column-table change (栏目调整审批表, forms/column-assignment.ts) linked to the request,
// which then takes the Art. 5 route like any other change.
import { defineForm } from "@/lib/form-engine/define";
import type { ActionDef, Party } from "@/lib/form-engine/types";
import { FieldErrors } from "@/lib/form-engine/errors";
import { TOPIC_REQUEST_FORM } from "@/lib/columns/topic-form-key";

export const TOPIC_FORM = TOPIC_REQUEST_FORM;

const FIELDS = ["topicName", "nature", "purpose", "interval", "period", "citySection"];
const DRAFTER: Party[] = [{ kind: "publisher" }, { kind: "reporter" }];
const CITY_CHIEF: Party = { kind: "chief", sectionField: "citySection" };
const XXTJK: Party = { kind: "publisherOf", sectionId: "xxtjk" };

const returnFrom = (key: string, state: string, by: Party[]): ActionDef => ({
  key, label: "退回修改", from: [state], to: "draft", by, opinion: "required", startsCycle: true, task: false, tone: "danger",
});

export const topicColumnRequest = defineForm({
  key: TOPIC_FORM,
  title: "专题专栏申请",
  titleOf: (d) => (typeof d.topicName === "string" && d.topicName.trim()) || "（未填写专栏名称）",
  fields: [
    { key: "applicant", type: "actorName", label: "申请人" },
    { key: "section", type: "actorSection", label: "申请单位" },
    { key: "topicName", type: "text", label: "专栏名称", required: true, maxLength: 50 },
    { key: "nature", type: "choice", label: "专栏类型", required: true, options: [
      { value: "key_work", label: "阶段性重点工作" },
      { value: "hot_topic", label: "公众关心的热点问题" },
      { value: "public_welfare", label: "公益性专题" },
      { value: "service", label: "服务性专题" },
    ] },
    { key: "purpose", type: "longText", label: "开设理由和主要内容", required: true, maxLength: 2000 },
    { key: "interval", type: "number", label: "更新周期（天）", required: true, min: 1, max: 365, help: "专栏开设后，责任单位须按此周期更新（第十九条、第二十条）。" },
    { key: "period", type: "text", label: "开设期限", maxLength: 50, help: "如：2026年12月31日前；长期开设的可不填。" },
    { key: "citySection", type: "section", label: "业务归口科室", help: "县（市、区）卫生计生局、直属单位和协会、学会填写：申请先由业务归口科室审核转报信息统计科。局机关科室不填。" },
  ],
  signoffs: [
    { key: "chief", label: "科室负责人审核意见", actions: ["chief_approve"], signerLabel: "审核人" },
    { key: "city", label: "业务归口科室转报意见", actions: ["forward"], signerLabel: "审核人" },
    { key: "xxtjk", label: "信息统计科受理意见", actions: ["accept", "decline"], signerLabel: "经办人" },
  ],
  states: {
    draft: { label: "草稿" },
    chief_review: { label: "待科室负责人审核" },
    city_review: { label: "待业务归口科室审核转报" },
    xxtjk_review: { label: "待信息统计科受理" },
    accepted: { label: "已受理，已拟栏目调整", terminal: true },
    declined: { label: "不予开设", terminal: true },
  },
  actions: [
    { key: "save", label: "保存草稿", from: ["new", "draft"], to: "draft", by: DRAFTER, edits: FIELDS, validate: "partial", startsCycle: true, task: false },
    // A bureau section's request: its chief reviews (Art. 4: 科室负责本科室版块信息的审核).
    { key: "submit", label: "提交审核", from: ["new", "draft"], to: "chief_review", by: [{ kind: "publisher" }], edits: FIELDS, startsCycle: true, tone: "primary",
      guards: [(ctx) => { if (ctx.data.citySection) throw new FieldErrors({ citySection: "局机关科室的申请由本科室负责人审核，请不要选择业务归口科室。" }); }] },
    { key: "chief_approve", label: "审核通过", from: ["chief_review"], to: "xxtjk_review", by: [{ kind: "chief" }], opinion: "optional", defaultOpinion: "同意开设，报信息统计科。", tone: "primary" },
    returnFrom("chief_return", "chief_review", [{ kind: "chief" }]),
    // A county bureau's or unit's request goes to its city section first (forms/server.ts
    // registers the org-chart check that the chosen section is the one it reports to).
    { key: "report", label: "报送", from: ["new", "draft"], to: "city_review", by: [{ kind: "reporter" }], edits: FIELDS, startsCycle: true, tone: "primary" },
    { key: "forward", label: "转报", from: ["city_review"], to: "xxtjk_review", by: [CITY_CHIEF], opinion: "optional", defaultOpinion: "经审核，同意转报信息统计科。", tone: "primary" },
    returnFrom("city_return", "city_review", [CITY_CHIEF]),
    { key: "accept", label: "受理", from: ["xxtjk_review"], to: "accepted", by: [XXTJK], opinion: "optional", defaultOpinion: "同意开设，拟提出栏目调整。", effects: ["createTopicColumnDraft"], tone: "primary" },
    { key: "decline", label: "不予开设", from: ["xxtjk_review"], to: "declined", by: [XXTJK], opinion: "required", tone: "danger" },
    returnFrom("xxtjk_return", "xxtjk_review", [XXTJK]),
  ],
});
