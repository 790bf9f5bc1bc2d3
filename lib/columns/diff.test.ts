import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff";
import type { ColumnRow } from "./snapshot";

const col = (over: Partial<ColumnRow> = {}): ColumnRow => ({
  slug: "blood-donation", name: "无偿献血", parent: null, group: "topics", sections: ["yzk"], intervalDays: 90, visible: true, ...over,
});
const S = { yzk: "医政科", xck: "宣传科" };

describe("the column table diff", () => {
  it("is empty for equal tables", () => {
    expect(diffSnapshots({ columns: [col()] }, { columns: [col()] }, S)).toEqual([]);
  });

  it("names a change of responsible section with section names", () => {
    expect(diffSnapshots({ columns: [col()] }, { columns: [col({ sections: ["xck"] })] }, S)).toEqual(["栏目“无偿献血”责任科室：医政科 → 宣传科"]);
  });

  it("lists additions, removals, renames, moves, intervals and visibility", () => {
    const before = { columns: [col(), col({ slug: "old", name: "旧栏目" })] };
    const after = { columns: [col({ name: "献血", parent: "themes", intervalDays: 30, visible: false }), col({ slug: "new", name: "新栏目", sections: ["xck"] })] };
    expect(diffSnapshots(before, after, S)).toEqual([
      "栏目“无偿献血”更名为“献血”",
      "栏目“献血”上级栏目：无 → themes",
      "栏目“献血”更新周期：90天 → 30天",
      "栏目“献血”隐藏",
      "新增栏目“新栏目”（new），责任科室：宣传科，更新周期：90天",
      "删除栏目“旧栏目”（old）",
    ]);
  });
});
