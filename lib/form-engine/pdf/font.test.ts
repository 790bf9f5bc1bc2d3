import { describe, expect, it } from "vitest";
import { cjkSyllables } from "./font";

describe("cjkSyllables", () => {
  it("lets a line break after every Chinese character but keeps short Latin runs whole", () => {
    expect(cjkSyllables("2026年冬季")).toEqual(["2026", "", "年", "", "冬", "", "季", ""]);
  });

  it("never starts a line with closing punctuation nor ends one with opening punctuation (避头尾)", () => {
    expect(cjkSyllables("已核，呈报")).toEqual(["已", "", "核，", "", "呈", "", "报", ""]);
    expect(cjkSyllables("申请（揭卫）。")).toEqual(["申", "", "请", "", "（揭", "", "卫）。", ""]);
  });

  it("lets a long run without spaces break anywhere", () => {
    const url = "https://www.jysws.gov.cn/a/b";
    expect(cjkSyllables(url).filter((s) => s !== "")).toEqual(Array.from(url));
  });
});
