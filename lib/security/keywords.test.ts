import { describe, expect, it } from "vitest";
import { DEFAULT_CLASSIFIED_KEYWORDS, classifiedWarning, findClassifiedKeywords, parseKeywordList } from "./keywords";

describe("classified keyword check (Art. 17)", () => {
  it("finds keywords in the title, body text and attachment names", () => {
    const hits = findClassifiedKeywords(
      { title: "关于机密文件的通知", body: "<p>本件为<strong>内部资料</strong></p>", attachmentNames: ["绝密-名单.xlsx", "公开.pdf"] },
      DEFAULT_CLASSIFIED_KEYWORDS,
    );
    expect(hits).toEqual([
      { keyword: "机密", where: "标题" },
      { keyword: "内部资料", where: "正文" },
      { keyword: "绝密", where: "附件名称" },
    ]);
    expect(classifiedWarning(hits)).toMatch(/标题含“机密”/);
  });
  it("ignores markup and finds nothing in an ordinary item", () => {
    expect(findClassifiedKeywords({ title: "健康讲座", body: '<p class="秘密">讲座</p>' }, DEFAULT_CLASSIFIED_KEYWORDS)).toEqual([]);
  });
  it("uses the configured list", () => {
    expect(findClassifiedKeywords({ title: "工作底稿" }, ["底稿"])).toEqual([{ keyword: "底稿", where: "标题" }]);
    expect(findClassifiedKeywords({ title: "机密" }, ["底稿"])).toEqual([]);
  });
  it("parses a keyword list typed by secadmin", () => {
    expect(parseKeywordList("秘密\n机密， 绝密、秘密\n\n")).toEqual(["秘密", "机密", "绝密"]);
  });
});
