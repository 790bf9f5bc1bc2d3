import { describe, expect, it } from "vitest";
import { buildRss, escapeXml } from "./feed";

describe("buildRss", () => {
  it("escapes every text and lists items with absolute links", () => {
    const xml = buildRss(
      {
        title: "站点 & <频道>",
        path: "/",
        description: "描述",
        items: [{ id: 7, title: `标题 <script>"x"</script> & '引号'\u0001`, publishAt: "2026-11-26T08:00:00.000Z", summary: "", columnName: "通知公告", columnSlug: "notices", updatedAt: "2026-11-26T08:00:00.000Z" }],
      },
      "https://example.gov.cn",
    );
    expect(xml).toContain("<link>https://example.gov.cn/articles/7</link>");
    expect(xml).toContain("<title>标题 &lt;script&gt;&quot;x&quot;&lt;/script&gt; &amp; &apos;引号&apos;</title>");
    expect(xml).toContain("<title>站点 &amp; &lt;频道&gt;</title>");
    expect(xml).toContain("<pubDate>Thu, 26 Nov 2026 08:00:00 GMT</pubDate>");
    expect(xml).not.toContain("\u0001");
  });
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });
});
