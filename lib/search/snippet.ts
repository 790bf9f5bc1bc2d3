// Search-result snippets as plain-text parts: the page renders them as React text (escaped)
// and wraps only the parts marked `hit` in <mark>, so no stored HTML ever reaches the page.

export interface SnippetPart {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** The visible text of sanitized article HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\s+/g, " ")
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Splits text into parts, marking every case-insensitive occurrence of a term. */
export function highlight(text: string, terms: string[]): SnippetPart[] {
  const usable = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (!usable.length) return text ? [{ text, hit: false }] : [];
  const re = new RegExp(usable.map(escapeRegExp).join("|"), "giu");
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), hit: false });
    const prev = parts.at(-1);
    // Adjacent hits (a word the query cut in two, 恙虫|病) read as one mark.
    if (prev?.hit) prev.text += m[0];
    else parts.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/** About `width` characters of text around the first term found, highlighted. */
export function snippet(text: string, terms: string[], width = 120): SnippetPart[] {
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Infinity);
  const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(width / 3)) : 0;
  const end = Math.min(text.length, start + width);
  const cut = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  return highlight(cut, terms);
}
