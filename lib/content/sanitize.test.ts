import { describe, expect, it } from "vitest";
import { sanitizeRichText } from "./sanitize";

describe("sanitizeRichText", () => {
  it("keeps structure and formatting", () => {
    expect(sanitizeRichText("<h2>标题</h2><p><strong>正文</strong></p>")).toBe("<h2>标题</h2><p><strong>正文</strong></p>");
  });
  it("removes scripts, handlers, styles and frames", () => {
    const out = sanitizeRichText(`<p onclick="x()" style="color:red">a</p><script>alert(1)</script><iframe src="//e"></iframe><img src="https://a/b.png" onerror="alert(1)">`);
    expect(out).not.toMatch(/script|onclick|onerror|style|iframe|alert/);
    expect(out).toContain('<img src="https://a/b.png" />');
  });
  it("drops javascript: links", () => {
    expect(sanitizeRichText('<a href="javascript:alert(1)">x</a>')).not.toContain("javascript");
  });
});
