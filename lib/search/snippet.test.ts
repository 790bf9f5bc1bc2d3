import { describe, expect, it } from "vitest";
import { highlight, htmlToText, snippet } from "./snippet";

describe("htmlToText", () => {
  it("drops tags and scripts and decodes basic entities", () => {
    expect(htmlToText("<p>预防&amp;控制</p><script>alert(1)</script><p>登革热&lt;b&gt;</p>")).toBe("预防&控制 登革热<b>");
  });
});

describe("highlight", () => {
  it("marks each occurrence, longest term first, case-insensitively", () => {
    expect(highlight("登革热与登革 COVID", ["登革", "登革热", "covid"])).toEqual([
      { text: "登革热", hit: true },
      { text: "与", hit: false },
      { text: "登革", hit: true },
      { text: " ", hit: false },
      { text: "COVID", hit: true },
    ]);
  });
  it("merges adjacent hits into one mark", () => {
    expect(highlight("预防恙虫病。", ["恙虫", "病"])).toEqual([
      { text: "预防", hit: false },
      { text: "恙虫病", hit: true },
      { text: "。", hit: false },
    ]);
  });
  it("treats regex characters in terms literally and keeps markup as text", () => {
    expect(highlight("<b>a.b</b>", ["a.b"])).toEqual([
      { text: "<b>", hit: false },
      { text: "a.b", hit: true },
      { text: "</b>", hit: false },
    ]);
  });
});

describe("snippet", () => {
  it("centres on the first hit and marks the cut with ellipses", () => {
    const text = "甲".repeat(200) + "登革热" + "乙".repeat(200);
    const parts = snippet(text, ["登革热"], 60);
    expect(parts.find((p) => p.hit)?.text).toBe("登革热");
    expect(parts[0]?.text.startsWith("…")).toBe(true);
    expect(parts.at(-1)?.text.endsWith("…")).toBe(true);
  });
});
