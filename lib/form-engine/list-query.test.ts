import { describe, expect, it } from "vitest";
import { listHref, parseListQuery } from "./list-query";

describe("record list parameters", () => {
  it("reads the filters and the page from GET parameters", () => {
    expect(parseListQuery({ form: "publication-approval", state: "draft", section: "yzk", from: "2026-01-01", to: "2026-01-31", q: " 献血 ", page: "3" })).toEqual({
      form: "publication-approval", state: "draft", section: "yzk", from: "2026-01-01", to: "2026-01-31", q: "献血", page: 3, pageSize: 20,
    });
  });

  it("ignores malformed values instead of failing the page", () => {
    const q = parseListQuery({ from: "2026-13-45", to: "yesterday", page: "-2", pageSize: "100000", q: ["a", "b"], state: "" });
    expect(q).toEqual({ form: undefined, state: undefined, section: undefined, from: undefined, to: undefined, q: "a", page: 1, pageSize: 20 });
  });

  it("builds page links that keep the filters", () => {
    const q = parseListQuery({ form: "publication-approval", q: "通知" });
    expect(listHref("/staff/records", q, { page: 2 })).toBe("/staff/records?form=publication-approval&q=%E9%80%9A%E7%9F%A5&page=2");
    expect(listHref("/staff/records", q, { page: 1, q: undefined })).toBe("/staff/records?form=publication-approval");
  });
});
