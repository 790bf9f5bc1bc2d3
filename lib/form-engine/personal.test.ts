import { describe, expect, it } from "vitest";
import { mailboxLetter } from "@/forms/mailbox-letter";
import { defineForm } from "./define";
import { codeOf } from "./define-checks";
import { maskPersonal, maskValue, personalFields, withoutPersonal } from "./personal";
import { buildSchema } from "./schema";
import type { ChoiceField, FormDefinition } from "./types";

describe("personal data masks", () => {
  it("masks names, phones, ID numbers, e-mail and addresses as staff lists show them", () => {
    expect(maskValue("name", "张三")).toBe("张**");
    expect(maskValue("name", "欧阳娜娜")).toBe("欧**");
    expect(maskValue("phone", "13812345678")).toBe("138****5678");
    expect(maskValue("idNumber", "445202199001011234")).toBe("4452**********1234");
    expect(maskValue("email", "zhang@example.com")).toBe("z***@example.com");
    expect(maskValue("address", "广东省揭阳市榕城区某路1号")).toBe("广东省揭阳市****");
    expect(maskValue("phone", "")).toBe("");
  });

  it("takes the personal fields from the definition: the letter writer's name, phone, e-mail and address", () => {
    expect(personalFields(mailboxLetter).map((f) => f.key)).toEqual(["name", "phone", "email", "address"]);
    const data = { name: "李四", phone: "13900001111", email: "", subject: "建议", content: "内容" };
    expect(maskPersonal(mailboxLetter, data)).toEqual({ name: "李**", phone: "139****1111", email: "", subject: "建议", content: "内容" });
    expect(withoutPersonal(mailboxLetter, data)).toEqual({ subject: "建议", content: "内容" });
  });
});

const outcomes = [
  { value: "granted", label: "予以公开", code: "3.1" },
  { value: "partly", label: "部分公开", code: "3.2" },
  { value: "none_exists", label: "本机关不掌握相关政府信息", code: "3.4.1" },
];
const base = (options: ChoiceField["options"]): FormDefinition => ({
  key: "outcome-test", title: "结果", titleOf: () => "结果", signoffs: [], states: { open: { label: "办理中" } },
  fields: [{ key: "outcome", type: "choice", label: "处理结果", options }],
  actions: [{ key: "save", label: "保存", from: ["new"], to: "open", by: [{ kind: "publisherOf", sectionId: "bgs" }], edits: ["outcome"] }],
});

describe("outcome codes on choice options", () => {
  it("carries a report code per option, validated like any choice", () => {
    const def = defineForm(base(outcomes));
    const field = def.fields[0] as ChoiceField;
    expect(codeOf(field, "partly")).toBe("3.2");
    expect(codeOf(field, "unknown")).toBeNull();
    expect(buildSchema(def, "full").safeParse({ outcome: "none_exists" }).success).toBe(true);
    expect(buildSchema(def, "full").safeParse({ outcome: "3.2" }).success).toBe(false);
  });

  it("refuses a definition with two options sharing a code", () => {
    expect(() => defineForm(base([...outcomes, { value: "dup", label: "重复", code: "3.1" }]))).toThrow(/same code/);
  });
});

describe("defineForm checks what a case declares", () => {
  const ok = base(outcomes);
  it("refuses clocks, numbering and within rules that name unknown actions, states or clocks", () => {
    expect(() => defineForm({ ...ok, clocks: [{ key: "c", label: "期限", days: 5, startedBy: ["nope"] }] })).toThrow(/unknown action nope/);
    expect(() => defineForm({ ...ok, clocks: [{ key: "c", label: "期限", days: 5, startedBy: ["save"], pausedIn: ["gone"] }] })).toThrow(/unknown state gone/);
    expect(() => defineForm({ ...ok, numbering: { on: "save", pattern: "第号" } })).toThrow(/\{seq\}/);
    expect(() => defineForm({ ...ok, actions: [{ ...ok.actions[0]!, within: { clock: "c", workingDays: 7 } }] })).toThrow(/unknown clock c/);
    expect(() => defineForm({ ...ok, fields: [...ok.fields, { key: "x", type: "yesNo", label: "X", personal: true }] })).toThrow(/personal field x/);
  });
});
