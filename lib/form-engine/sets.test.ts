import { describe, expect, it } from "vitest";
import { defineForm } from "./define";
import { refusalOf } from "./refusal";
import { applySets } from "./sets";
import type { ActionDef, DataField } from "./types";

const route: ActionDef = {
  key: "submit", label: "提交", from: ["new"], to: "x", by: [{ kind: "public" }],
  sets: [{ field: "handler", value: "xxtjk", when: { field: "category", equals: "correction" } }],
};

describe("an action's declared sets", () => {
  it("writes the value only when its condition holds, after the user's edits", () => {
    expect(applySets(route, { category: "correction", handler: "yzk" }, {})).toEqual({ category: "correction", handler: "xxtjk" });
    expect(applySets(route, { category: "consult", handler: "" }, {})).toEqual({ category: "consult", handler: "" });
  });

  it("must name fields of the definition", () => {
    const base = { key: "t", title: "t", titleOf: () => "t", signoffs: [], states: { x: { label: "x" } }, fields: [{ key: "category", type: "text", label: "类别" }] as DataField[] };
    expect(() => defineForm({ ...base, actions: [route] })).toThrow(/unknown field handler/);
  });
});

describe("a field's refuseWhen", () => {
  const fields: DataField[] = [{ key: "secret", type: "yesNo", label: "是否涉密", refuseWhen: { equals: "yes", message: "不得上网" } }];
  it("refuses only the declared value", () => {
    expect(refusalOf(fields, { secret: "yes" })).toEqual({ field: "secret", message: "不得上网" });
    expect(refusalOf(fields, { secret: "no" })).toBeNull();
    expect(refusalOf(fields, { secret: "" })).toBeNull();
  });
});
