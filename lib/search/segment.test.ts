import { describe, expect, it } from "vitest";
import { indexTokens, normalizeForSearch, runTokens, searchRuns } from "./segment";

describe("normalizeForSearch", () => {
  it("folds full-width forms and case, and keeps runs of letters and digits", () => {
    expect(normalizeForSearch("ＣＯＶＩＤ-１９疫苗，接种！Hello")).toBe("covid 19疫苗 接种 hello");
  });
  it("returns nothing for symbols and whitespace", () => {
    expect(normalizeForSearch("！@#￥%……&*（）—— <> '\" \\ ")).toBe("");
    expect(searchRuns("《》。，")).toEqual([]);
  });
});

describe("runTokens", () => {
  it("gives every two-character piece of a run and each character", () => {
    expect(runTokens("登革热")).toEqual(["登革", "革热", "登", "革", "热"]);
    expect(runTokens("病")).toEqual(["病"]);
  });
});

describe("indexTokens", () => {
  it("holds the pieces of a phrase that crosses word boundaries", () => {
    const tokens = indexTokens("不断提高卫生计生服务水平，方便群众办事").split(" ");
    for (const piece of ["不断", "断提", "提高", "高卫", "方便", "便群"]) expect(tokens).toContain(piece);
    // punctuation separates runs: no piece spans it
    expect(tokens).not.toContain("平方");
  });
  it("lists each token once and strips markup-like input to letters", () => {
    expect(indexTokens("卫生卫生")).toBe("卫生 生卫 卫 生");
    expect(indexTokens("<b>x</b>")).toBe("b x");
  });
});
