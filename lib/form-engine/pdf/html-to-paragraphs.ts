import sanitizeHtml from "sanitize-html";

// Block-level closings become paragraph breaks, <br> a line break within the paragraph.
const BLOCK_END = /<\/(p|h[1-6]|li|blockquote|tr|caption|table|ul|ol|div)\s*>/gi;
const CELL_END = /<\/(td|th)\s*>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
const IMAGE = /<img\b[^>]*>/gi;
const ALT = /\balt\s*=\s*"([^"]*)"/i;
const PARAGRAPH = "\u0000";

/** sanitize-html escapes only these in text output. */
function decodeEscapes(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Plain-text paragraphs of a rich-text body, for the printed copy of the content.
 * Expects HTML already passed through `sanitizeRichText` (well-formed, no scripts);
 * it is sanitized again here so that no markup can reach the PDF.
 */
export function htmlToParagraphs(html: string): string[] {
  const marked = html
    .replace(IMAGE, (tag) => {
      const alt = ALT.exec(tag)?.[1]?.trim();
      return alt ? `〔图片：${alt}〕` : "〔图片〕";
    })
    .replace(LINE_BREAK, "\n")
    .replace(CELL_END, "$&\t")
    .replace(BLOCK_END, `$&${PARAGRAPH}`);
  const text = decodeEscapes(sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} }));
  return text
    .split(PARAGRAPH)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.replace(/[ \t\u00a0\r]+/g, " ").trim())
        .filter((line) => line !== "")
        .join("\n"),
    )
    .filter((paragraph) => paragraph !== "");
}
