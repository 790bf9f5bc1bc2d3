// @vitest-environment happy-dom
import { Editor, getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { richTextExtensions } from "./extensions";
import { cleanPastedHtml } from "./word-paste";

/** What the editor would store after loading this HTML (as a paste or an import does). */
function throughEditor(html: string): string {
  const editor = new Editor({ extensions: richTextExtensions(), content: html });
  const out = editor.getHTML();
  editor.destroy();
  return out;
}

// sanitize-html writes void elements as <img … /> and <br />; the DOM serialiser as <img …>.
const voids = (html: string) => html.replace(/\s*\/>/g, ">");

const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";font-family:宋体}</style></head><body lang=ZH-CN>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>张三</o:Author></o:DocumentProperties></xml><![endif]-->
<h1 style='mso-margin-top-alt:auto'><span style='font-family:黑体;mso-ascii-font-family:Calibri'>关于做好冬季流感防控工作的通知<o:p></o:p></span></h1>
<p class=MsoNormal style='text-indent:2em;mso-char-indent-count:2.0'><span style='font-size:14pt;font-family:仿宋_GB2312'>各县（市、区）卫生计生局：<span></span><b>请高度重视</b><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>加强监测</span></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a)<span>&nbsp; </span></span><![endif]>哨点医院每日报告</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span><![endif]><span style='font-weight:bold'>做好疫苗接种</span></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'><tr style='mso-yfti-irow:0'><td width=100 valign=top style='width:100pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal><b>区县</b><o:p></o:p></p></td><td><p class=MsoNormal>接种数</p></td></tr><tr><td><p>榕城区</p></td><td><p>1200</p></td></tr></table>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>注意通风</p>
<!--EndFragment--></body></html>`;

describe("pasting from Word and WPS", () => {
  const cleaned = cleanPastedHtml(WORD_CLIPBOARD);
  const stored = throughEditor(cleaned);

  it("drops Word's styles, fonts, classes, comments, o:p and empty spans", () => {
    for (const bad of ["mso-", "style=", "class=", "font-family", "<!--", "o:p", "<span", "<xml", "张三", "lang="]) expect(cleaned).not.toContain(bad);
    for (const bad of ["mso-", "style=", "class=", "<span", "<colgroup"]) expect(stored).not.toContain(bad);
  });

  it("keeps the heading, bold, the numbered list with its sub-list, the bullet list and the table", () => {
    expect(stored).toContain("<h2>关于做好冬季流感防控工作的通知</h2>");
    expect(stored).toContain("<strong>请高度重视</strong>");
    expect(stored).toMatch(/<ol><li><p>加强监测<\/p><ol><li><p>哨点医院每日报告<\/p><\/li><\/ol><\/li><li><p><strong>做好疫苗接种<\/strong><\/p><\/li><\/ol>/);
    expect(stored).toContain("<ul><li><p>注意通风</p></li></ul>");
    expect(stored).toMatch(/<table><tbody><tr><td><p><strong>区县<\/strong><\/p><\/td><td><p>接种数<\/p><\/td><\/tr><tr><td><p>榕城区<\/p><\/td>/);
    expect(stored).not.toMatch(/1\.|a\)|·/); // the typed markers are gone; the list numbers itself
  });

  it("stores HTML the sanitizer leaves unchanged", () => {
    expect(voids(sanitizeRichText(stored))).toBe(stored);
  });
});

describe("the editor's schema and the sanitizer agree", () => {
  it("renders every feature as HTML the sanitizer leaves unchanged", () => {
    const all = `<h2>二</h2><h3>三</h3><h4>四</h4><p><strong>粗</strong><em>斜</em><u>下</u><s>删</s>文字<br>换行</p>
      <blockquote><p>引用</p></blockquote><ul><li><p>甲</p></li></ul><ol><li><p>乙</p></li></ol><hr>
      <p><a href="https://www.jieyang.gov.cn/" title="市政府">链接</a> <a href="/columns/news">站内</a> <a href="mailto:a@b.cn">信</a></p>
      <img src="/api/uploads/0b8f6c4e-1111-2222-3333-444455556666.png" alt="接种现场" width="300">
      <table><tbody><tr><th colspan="2"><p>表头</p></th></tr><tr><td><p>1</p></td><td><p>2</p></td></tr></tbody></table>`;
    const stored = throughEditor(all);
    for (const tag of ["<h2>", "<h3>", "<h4>", "<strong>", "<em>", "<u>", "<s>", "<br>", "<blockquote>", "<ul>", "<ol>", "<hr>", "<a href=", "<img", "<table>", '<th colspan="2">'])
      expect(stored).toContain(tag);
    expect(voids(sanitizeRichText(stored))).toBe(stored);
  });

  it("cannot produce what the sanitizer drops", () => {
    const hostile = `<h1>一级</h1><h5>五</h5><p style="color:red" class="x" onclick="alert(1)">段<code>代码</code></p><pre><code>块</code></pre>
      <script>alert(1)</script><iframe src="https://evil.example/"></iframe><div data-x="1">块</div>
      <p><a href="javascript:alert(1)">坏链接</a><a href="https://a.cn/" target="_blank" rel="nofollow" class="c">好</a></p>
      <ol start="5" type="a"><li><p>五</p></li></ol><img src="data:image/png;base64,AAAA" alt="x"><img src="file:///C:/a.png" alt="y">
      <img src="/api/uploads/0b8f6c4e-1111-2222-3333-444455556666.png" alt="图" title="t" style="float:left">
      <table style="width:100%"><colgroup><col style="width:50px"></colgroup><tbody><tr><td align="center" colwidth="50" style="background:red"><p>格</p></td></tr></tbody></table>`;
    const stored = throughEditor(hostile);
    for (const bad of ["<h1", "<h5", "style=", "class=", "onclick", "<code", "<pre", "<script", "<iframe", "<div", "javascript:", "target=", "rel=", "start=", "type=", "data:", "file:", "title=\"t\"", "<colgroup", "colwidth", "align="])
      expect(stored).not.toContain(bad);
    expect(voids(sanitizeRichText(stored))).toBe(stored);
  });

  it("every node and mark of the schema maps to a tag the sanitizer allows", () => {
    const schema = getSchema(richTextExtensions());
    const allowed = new Set(["h2", "h3", "h4", "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "caption", "hr", "span"]);
    // The first tag each node and mark writes (its toDOM), for a node with default attributes.
    const first = (spec: unknown): string => (Array.isArray(spec) ? String(spec[0]) : "");
    const tags = [
      ...Object.values(schema.nodes).filter((n) => n.spec.toDOM).map((n) => first(n.spec.toDOM!(n.createAndFill() ?? n.create()))),
      ...Object.values(schema.marks).filter((m) => m.spec.toDOM).map((m) => first(m.spec.toDOM!(m.create(), true))),
    ].filter(Boolean);
    expect(tags.length).toBeGreaterThan(10);
    for (const t of tags) expect(allowed.has(t), t).toBe(true);
  });
});

describe("pictures from Word and .docx", () => {
  it("a picture alone on its line becomes a block image with no empty paragraphs around it", () => {
    const stored = throughEditor(cleanPastedHtml(`<p>前</p><p><img src="/api/uploads/0b8f6c4e-1111-2222-3333-444455556666.png" alt="现场"></p><p>后</p>`));
    expect(stored).toBe(`<p>前</p><img src="/api/uploads/0b8f6c4e-1111-2222-3333-444455556666.png" alt="现场"><p>后</p>`);
  });
});
