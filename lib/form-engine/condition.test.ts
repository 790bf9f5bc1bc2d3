import { describe, expect, it } from "vitest";
import { publicationApproval as def } from "@/forms/publication-approval";
import { isVisible } from "./define";
import { visibleSignoffs } from "./present";
import { buildSchema, withoutHidden } from "./schema";

const ctx = { columnSlugs: { c_news: "news", c_guides: "guides" } };
const guideKeys = ["applyUrl", "consultUrl", "progressUrl", "resultUrl", "materials"];
const shown = (data: Record<string, string>) => def.fields.filter((f) => isVisible(f, data, ctx)).map((f) => f.key);

describe("fields and sign-off blocks only where they apply", () => {
  it("shows the 办事指南 fields only when the chosen column is 办事指南", () => {
    for (const k of guideKeys) {
      expect(shown({ column: "c_guides" })).toContain(k);
      expect(shown({ column: "c_news" })).not.toContain(k);
      expect(shown({ column: "" })).not.toContain(k);
    }
  });

  it("strips 办事指南 values sent for another column, and does not validate them", () => {
    const data = { column: "c_news", applyUrl: "javascript:alert(1)", materials: [{ name: "x" }] };
    const kept = withoutHidden(def, data, ctx);
    expect(kept.applyUrl).toBe("");
    expect(kept.materials).toEqual([]);
    const forGuides = buildSchema(def, "partial", ctx).safeParse({ ...data, column: "c_guides" });
    expect(forGuides.success).toBe(false); // the bad link is refused where the field applies
  });

  it("asks 文件信息 in 政策法规 and 政府信息公开 and under their children, nowhere else (issue 12)", () => {
    const tree = { columnSlugs: { c_policies: "policies", c_child: "policy-docs", c_grandchild: "x", c_news: "news", c_gov: "gov-info" }, columnAncestors: { c_child: ["policies"], c_grandchild: ["policy-docs", "policies"], c_news: [] } };
    const docFields = (column: string) => def.fields.filter((f) => isVisible(f, { column }, tree)).map((f) => f.key).filter((k) => k.startsWith("doc"));
    for (const c of ["c_policies", "c_gov", "c_child", "c_grandchild"]) expect(docFields(c)).toEqual(["docType", "docNumber", "docDate", "docValidity"]);
    expect(docFields("c_news")).toEqual([]);
    // 办事指南 does not extend to children: its condition does not ask for it.
    expect(shown({ column: "c_child" })).not.toContain("applyUrl");
  });

  it("no label carries English or article numbers", () => {
    for (const f of def.fields) expect(`${f.group ?? ""}${f.label}`).not.toMatch(/[A-Za-z]/);
    for (const b of def.signoffs) expect(b.label).not.toMatch(/[A-Za-z]/);
  });

  it("the office and director blocks only for 特别重大 items", () => {
    expect(visibleSignoffs(def, { special: "no" }).map((b) => b.key)).toEqual(["chief", "deputy", "finalize"]);
    expect(visibleSignoffs(def, { special: "yes" }).map((b) => b.key)).toEqual(["chief", "office", "deputy", "director", "finalize"]);
  });
});

describe("row rules of the column table, declared once", () => {
  it("asks for the cells an operation needs, next to the cell", async () => {
    const { columnAssignment } = await import("@/forms/column-assignment");
    const r = buildSchema(columnAssignment, "full").safeParse({ scope: "minor", description: "调整", changes: [{ op: "rename", column: "news" }, { op: "section", column: "news" }, { op: "hide", column: "news" }] });
    const issues = (r.error?.issues ?? []).map((i) => `${i.path.join(".")} ${i.message}`);
    expect(issues).toEqual(["changes.0.name 第1行：请填写栏目名称（新增、更名、专题）", "changes.1.sectionId 第2行：请选择责任科室（新增、更换、专题）"]);
  });
});
