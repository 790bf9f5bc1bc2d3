// Test helper: a definition shaped like 依申请公开 (issue 12) with a citizen action, registered
// for the duration of a test file, so the engine's follow-up entry is tested before any real
// definition needs it.
import { registerForm, unregisterForm } from "../registry";
import { defineForm } from "../define";
import type { FormDefinition } from "../types";

export const TEST_PUBLIC_KEY = "test-public-case";

export const testPublicDefinition: FormDefinition = defineForm({
  key: TEST_PUBLIC_KEY,
  title: "测试申请",
  titleOf: (d) => String(d.wanted ?? "") || "（无）",
  fields: [
    { key: "name", type: "text", label: "姓名", required: true, maxLength: 30 },
    { key: "phone", type: "text", label: "联系电话", required: true, maxLength: 20, pattern: { regex: "^[0-9][0-9 -]{5,18}[0-9]$", message: "请填写有效的联系电话" } },
    { key: "wanted", type: "longText", label: "所需信息", required: true, maxLength: 500 },
    { key: "correction", type: "longText", label: "补正内容", maxLength: 500 },
    { key: "notice", type: "longText", label: "补正告知", maxLength: 500 },
  ],
  signoffs: [],
  states: { registered: { label: "已登记" }, awaiting_correction: { label: "待补正" }, closed: { label: "已办结", terminal: true } },
  actions: [
    { key: "apply", label: "提交申请", from: ["new"], to: "registered", by: [{ kind: "public" }], edits: ["name", "phone", "wanted"] },
    { key: "correction_notice", label: "补正告知", from: ["registered"], to: "awaiting_correction", by: [{ kind: "publisherOf", sectionId: "bgs" }], edits: ["notice"] },
    { key: "supply_correction", label: "提交补正", from: ["awaiting_correction"], to: "registered", by: [{ kind: "citizen" }], edits: ["correction"] },
    { key: "close", label: "办结", from: ["registered"], to: "closed", by: [{ kind: "publisherOf", sectionId: "bgs" }] },
  ],
  public: {
    slug: "test-public-case", title: "测试申请", start: "apply",
    protect: { challenge: true, honeypot: true, perClientPerHour: 5 },
    receipt: { heading: "已提交", text: "请保存查询码。" },
    lookup: { title: "测试查询", secondFactor: { field: "phone", digits: 4, label: "联系电话后4位" }, perClientPer15Minutes: 10 },
    citizenActions: ["supply_correction"],
    citizenSees: { fields: ["wanted", { key: "notice", inStates: ["awaiting_correction"] }], events: ["apply", "correction_notice", "supply_correction"] },
  },
});

export function registerTestDefinition(): () => void {
  registerForm(testPublicDefinition);
  return () => unregisterForm(testPublicDefinition.key);
}
