import { describe, expect, it } from "vitest";
import { htmlToParagraphs } from "./html-to-paragraphs";

describe("htmlToParagraphs", () => {
  it("turns blocks into paragraphs and <br> into line breaks", () => {
    expect(htmlToParagraphs("<h2>献血须知</h2><p>第一段<br>第二行</p><p>  第二段  </p>")).toEqual([
      "献血须知",
      "第一段\n第二行",
      "第二段",
    ]);
  });

  it("keeps list items and table rows apart and decodes escaped characters", () => {
    expect(
      htmlToParagraphs("<ul><li>A &amp; B</li><li>1 &lt; 2</li></ul><table><tr><td>时间</td><td>地点</td></tr></table>"),
    ).toEqual(["A & B", "1 < 2", "时间 地点"]);
  });

  it("drops markup that is not text and names images", () => {
    expect(htmlToParagraphs('<p>见图<img src="https://x/a.png" alt="献血车"><script>alert(1)</script></p><p><img src="https://x/b.png"></p>')).toEqual([
      "见图〔图片：献血车〕",
      "〔图片〕",
    ]);
  });

  it("returns nothing for an empty body", () => {
    expect(htmlToParagraphs("")).toEqual([]);
    expect(htmlToParagraphs("<p> </p>")).toEqual([]);
  });
});
