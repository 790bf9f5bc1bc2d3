import { describe, expect, it } from "vitest";
import { publicationApproval as def } from "@/forms/publication-approval";
import { defineForm } from "./define";
import { buildSchema, emptyData, withoutHidden } from "./schema";
import type { FormDefinition } from "./types";

const valid = { ...emptyData(def, "2026-11-26"), secret: "no", title: "标题", body: "<p>正文</p>", column: "c1" };

describe("schema derived from a definition", () => {
  it("has one key per field and fills defaults for a new record", () => {
    const d = emptyData(def, "2026-11-26");
    expect(Object.keys(d)).toEqual(def.fields.map((f) => f.key));
    expect(d).toMatchObject({ applyDate: "2026-11-26", publishDate: "2026-11-26", special: "no", secret: "", attachments: [] });
  });

  it("applies required rules only in full mode", () => {
    const draft = { ...emptyData(def, "2026-11-26") };
    expect(buildSchema(def, "partial").safeParse(draft).success).toBe(true);
    const r = buildSchema(def, "full").safeParse(draft);
    expect(r.success).toBe(false);
    const msgs = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(msgs).toMatchObject({ secret: "请选择是否涉密", title: "请填写标题", body: "请填写正文", column: "请选择栏目" });
    expect(buildSchema(def, "full").safeParse(valid).success).toBe(true);
  });

  it("checks types and lengths even for a draft", () => {
    const p = buildSchema(def, "partial");
    expect(p.safeParse({ ...valid, title: "长".repeat(101) }).error?.issues[0]?.message).toBe("标题不能超过100个字");
    expect(p.safeParse({ ...valid, publishDate: "2026-02-30" }).error?.issues[0]?.message).toContain("有效日期");
    expect(p.safeParse({ ...valid, imageCount: "-1" }).success).toBe(false);
    expect(p.safeParse({ ...valid, transferMode: "fax" }).success).toBe(false);
    expect(p.safeParse({ ...valid, secret: "maybe" }).success).toBe(false);
  });
});

describe("conditional rules", () => {
  const form: FormDefinition = defineForm({
    key: "t", title: "t", titleOf: () => "t", signoffs: [], states: { open: { label: "开" } },
    actions: [{ key: "go", label: "提交", from: ["new"], to: "open", by: [{ kind: "publisher" }] }],
    fields: [
      { key: "kind", type: "choice", label: "类别", options: [{ value: "a", label: "甲" }, { value: "other", label: "其他" }], required: true },
      { key: "otherText", type: "text", label: "其他说明", visibleWhen: { field: "kind", equals: "other" }, required: true },
      { key: "phone", type: "text", label: "联系电话", required: { field: "kind", equals: "a" }, pattern: { regex: "^\\d{11}$", message: "请填写11位手机号码" } },
    ],
  });
  const full = buildSchema(form, "full");

  it("requires a field only while it is visible", () => {
    expect(full.safeParse({ kind: "other", otherText: "", phone: "" }).error?.issues.map((i) => i.path[0])).toEqual(["otherText"]);
    expect(full.safeParse({ kind: "a", otherText: "", phone: "13800000000" }).success).toBe(true);
  });

  it("applies a conditional requirement and a pattern", () => {
    expect(full.safeParse({ kind: "a", otherText: "", phone: "" }).error?.issues[0]?.message).toBe("请填写联系电话");
    expect(full.safeParse({ kind: "other", otherText: "x", phone: "123" }).error?.issues[0]?.message).toBe("请填写11位手机号码");
  });

  it("drops the values of hidden fields before storing", () => {
    expect(withoutHidden(form, { kind: "a", otherText: "留下的", phone: "" }).otherText).toBe("");
  });

  it("applies required rules to each row of a table", () => {
    const t: FormDefinition = { ...form, fields: [{ key: "rows", type: "table", label: "栏目表", maxRows: 2, columns: [{ key: "name", type: "text", label: "栏目名称", required: true }, { key: "days", type: "number", label: "更新周期" }] }] };
    const r = buildSchema(t, "full").safeParse({ rows: [{ name: "通知公告", days: "30" }, { name: "", days: "x" }] });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(expect.arrayContaining([["rows.1.name", "第2行：请填写栏目名称"], ["rows.1.days", "更新周期应为0以上的整数"]]));
    expect(buildSchema(t, "partial").safeParse({ rows: [{}, {}, {}] }).error?.issues[0]?.message).toBe("栏目表最多2行");
  });

  it("rejects a definition that refers to an unknown field", () => {
    expect(() => defineForm({ ...form, fields: [{ key: "x", type: "text", label: "x", visibleWhen: { field: "nope", equals: "1" } }] })).toThrow(/unknown field nope/);
  });
});
