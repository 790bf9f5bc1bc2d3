import { describe, expect, it } from "vitest";
import { hanBigrams, hanPairs, indexText, segmentWords } from "./segment";

describe("segmentWords", () => {
  it("cuts Chinese into dictionary words", () => {
    expect(segmentWords("夏季如何预防登革热")).toEqual(["夏季", "如何", "预防", "登革热"]);
  });
  it("keeps Latin words and numbers, lower-cased, and drops punctuation", () => {
    expect(segmentWords("COVID-19疫苗，接种！Hello")).toEqual(["covid", "19", "疫苗", "接种", "hello"]);
  });
  it("returns nothing for symbols and whitespace", () => {
    expect(segmentWords("！@#￥%……&*（）—— <> '\" \\ ")).toEqual([]);
  });
});

describe("indexText", () => {
  it("adds the bigrams of long Chinese words", () => {
    expect(indexText("登革热")).toBe("登革热 登革 革热");
    expect(hanBigrams("hello")).toEqual([]);
    expect(hanBigrams("预防")).toEqual([]);
  });
  it("strips markup-like input to words", () => {
    expect(indexText("<script>alert('x')</script>")).toBe("script alert x script");
  });
});

describe("hanPairs", () => {
  it("cuts every run of two or more Chinese characters into overlapping pairs", () => {
    expect(hanPairs("晨午检 a 病 手足口病")).toEqual(["晨午", "午检", "手足", "足口", "口病"]);
  });
});
