import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "./options";

const columns = [
  { id: "c1", slug: "notices", name: "通知公告", parentId: null },
  { id: "c2", slug: "disclosure", name: "信息公开", parentId: null },
  { id: "c3", slug: "gov-info", name: "政府信息公开", parentId: "c2" },
];

describe("parseSearchParams", () => {
  it("turns the form into filters: a column with its children, Beijing days, title only, words left out", () => {
    const { filters, errors } = parseSearchParams({ q: "卫生", column: "disclosure", from: "2026-01-01", to: "2026-01-31", scope: "title", exclude: "演示 数据" }, columns);
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      columnIds: ["c2", "c3"],
      from: new Date("2025-12-31T16:00:00Z"),
      until: new Date("2026-01-31T16:00:00Z"),
      titleOnly: true,
      excludeTerms: ["演示", "数据"],
    });
  });
  it("says in Chinese what is wrong, and keeps what was typed", () => {
    const { form, errors } = parseSearchParams({ q: "卫生", column: "no-such", from: "2026-02-30", to: "昨天", exclude: "！！" }, columns);
    expect(errors).toEqual([
      "所选栏目不存在或未公开，请从列表中重新选择。",
      "开始日期“2026-02-30”不是有效日期，请按“年-月-日”填写，例如 2016-08-23。",
      "结束日期“昨天”不是有效日期，请按“年-月-日”填写，例如 2016-08-23。",
      "排除词中没有可搜索的文字，请输入汉字、字母或数字，或留空。",
    ]);
    expect(form).toMatchObject({ q: "卫生", column: "no-such", from: "2026-02-30", to: "昨天", exclude: "！！" });
  });
  it("refuses a start after the end", () => {
    expect(parseSearchParams({ q: "x", from: "2026-03-02", to: "2026-03-01" }, columns).errors).toEqual(["开始日期不能晚于结束日期。"]);
  });
  it("ignores unknown values of scope and sort and repeated parameters", () => {
    const { form, filters } = parseSearchParams({ q: ["a", "b"], scope: "everything", sort: "random" }, columns);
    expect(form).toMatchObject({ q: "a", scope: "all", sort: "relevance" });
    expect(filters).toEqual({ titleOnly: false });
  });
});

describe("searchHref", () => {
  it("keeps every option on the next page", () => {
    const { form } = parseSearchParams({ q: "网站 安全", column: "notices", from: "2026-01-01", scope: "title", exclude: "演示", sort: "date" }, columns);
    expect(searchHref(form, 2)).toBe("/search?q=%E7%BD%91%E7%AB%99+%E5%AE%89%E5%85%A8&column=notices&from=2026-01-01&scope=title&exclude=%E6%BC%94%E7%A4%BA&sort=date&page=2");
  });
});
