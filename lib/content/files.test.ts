import { describe, expect, it } from "vitest";
import { parseAttachments, parseImages } from "./files";
import { parseServiceGuide } from "./service-guide";

describe("parseAttachments / parseImages", () => {
  it("keeps entries with a safe URL and drops the rest", () => {
    const stored = [
      { name: "申请表.docx", url: "/api/uploads/abc.docx" },
      { name: "x", url: "javascript:alert(1)" },
      { name: "y", url: "//evil.example/x" },
      { name: "z", url: "/\\evil.example/x" },
      { name: "t", url: "/\t/evil.example/x" },
      "not an object",
      { url: "https://www.gdzwfw.gov.cn/a.pdf" },
    ];
    expect(parseAttachments(stored)).toEqual([
      { name: "申请表.docx", url: "/api/uploads/abc.docx" },
      { name: "附件", url: "https://www.gdzwfw.gov.cn/a.pdf" },
    ]);
    expect(parseAttachments("garbage")).toEqual([]);
  });
  it("gives every image alt text, falling back to the article title", () => {
    expect(parseImages([{ url: "/api/uploads/1.png", alt: "献血现场" }, { src: "/api/uploads/2.png" }], "标题")).toEqual([
      { url: "/api/uploads/1.png", alt: "献血现场" },
      { url: "/api/uploads/2.png", alt: "标题" },
    ]);
  });
});

describe("parseServiceGuide", () => {
  it("accepts a guide and refuses unsafe links", () => {
    expect(parseServiceGuide({ applyUrl: "https://www.gdzwfw.gov.cn/", materials: [{ name: "申请表" }] })).toMatchObject({ applyUrl: "https://www.gdzwfw.gov.cn/", materials: [{ name: "申请表" }] });
    expect(parseServiceGuide({ applyUrl: "javascript:alert(1)", materials: [] })).toBeNull();
    expect(parseServiceGuide({ consultUrl: "//evil.example/", materials: [] })).toBeNull();
    // The "/\host" form that browsers read as "//host" (issue 15, item 6).
    expect(parseServiceGuide({ consultUrl: "/\\evil.example/", materials: [] })).toBeNull();
    expect(parseServiceGuide({ materials: [{ name: "申请表", downloadUrl: "/\\evil.example/a.doc" }] })).toBeNull();
    expect(parseServiceGuide(null)).toBeNull();
  });
});
