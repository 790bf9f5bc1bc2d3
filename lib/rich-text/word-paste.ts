// Cleans HTML pasted from Word or WPS (or produced by mammoth from a .docx) before the editor
// parses it: Word's list paragraphs (mso-list) become real lists, bold/italic spans become
// <strong>/<em>, and its styles, fonts, classes, conditional comments, <o:p> and empty spans go.
// Runs in the browser (DOMParser); the editor's schema then keeps only what the sanitizer allows.

const ORDERED_MARKER = /^[(（]?([0-9]+|[a-zA-Z]|[ivxlcIVXLC]+|[一二三四五六七八九十百]+)[.．、)）]/;
const KEEP_ATTRIBUTES: Record<string, string[]> = { a: ["href", "title"], img: ["src", "alt", "width", "height"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] };
const DROP_WITH_CONTENT = new Set(["style", "script", "meta", "link", "title", "xml", "head", "iframe", "object", "embed", "noscript", "template"]);

/** Word's markup before parsing: comments (incl. <!--[if …]>…<![endif]-->), downlevel conditionals, namespaces. */
function stripWordMarkup(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!\[if !supportLists\]>/gi, "")
    .replace(/<!\[if[^\]]*\]>[\s\S]*?<!\[endif\]>/gi, "")
    .replace(/<!\[endif\]>/gi, "")
    .replace(/<\/?o:p[^>]*>/gi, "")
    .replace(/<\/?(w|v|o|m|st1):[^>]*>/gi, "");
}

const styleOf = (el: Element) => (el.getAttribute("style") ?? "").toLowerCase();

function listInfo(el: Element): { level: number; list: string } | null {
  if (el.tagName !== "P" && !/^H[1-6]$/.test(el.tagName)) return null;
  const m = /mso-list:\s*(l\d+)\s+level(\d+)/.exec(styleOf(el));
  if (m) return { list: m[1]!, level: Number(m[2]) };
  return /MsoListParagraph/i.test(el.getAttribute("class") ?? "") ? { list: "l", level: 1 } : null;
}

/** Removes the typed list marker ("1.", "·") Word puts in an mso-list:Ignore span; says if it was a number. */
function takeMarker(p: Element): boolean {
  const marker = Array.from(p.querySelectorAll("span")).find((s) => /mso-list:\s*ignore/.test(styleOf(s)));
  const text = (marker?.textContent ?? "").replace(/\u00a0/g, " ").trim();
  marker?.remove();
  if (!marker) {
    // WPS sometimes writes the marker as plain text at the start of the paragraph.
    const first = p.firstChild;
    if (first?.nodeType === 3 && ORDERED_MARKER.test((first.textContent ?? "").trim())) {
      first.textContent = (first.textContent ?? "").trim().replace(ORDERED_MARKER, "").trimStart();
      return true;
    }
    return false;
  }
  return ORDERED_MARKER.test(text);
}

/** Consecutive Word list paragraphs → nested <ol>/<ul>. */
function convertLists(doc: Document, root: Element) {
  for (const container of [root, ...Array.from(root.querySelectorAll("div, td, th, blockquote"))]) {
    let stack: { level: number; el: HTMLElement }[] = [];
    for (const child of Array.from(container.children)) {
      const info = listInfo(child);
      if (!info) {
        stack = [];
        continue;
      }
      const ordered = takeMarker(child);
      while (stack.length && stack.at(-1)!.level > info.level) stack.pop();
      if (!stack.length || stack.at(-1)!.level < info.level) {
        const list = doc.createElement(ordered ? "ol" : "ul");
        const parentItem = stack.at(-1)?.el.lastElementChild;
        if (parentItem) parentItem.appendChild(list);
        else child.before(list);
        stack.push({ level: info.level, el: list });
      }
      const li = doc.createElement("li");
      const p = doc.createElement("p");
      while (child.firstChild) p.appendChild(child.firstChild);
      li.appendChild(p);
      stack.at(-1)!.el.appendChild(li);
      child.remove();
    }
  }
}

/** <span style="font-weight:bold"> → <strong>, italic → <em>, before styles are dropped. */
function keepEmphasis(doc: Document, root: Element) {
  for (const span of Array.from(root.querySelectorAll("span, font"))) {
    const style = styleOf(span);
    let inner: Element = span;
    if (/font-weight:\s*(bold|[6-9]00)/.test(style)) inner = wrapChildren(doc, inner, "strong");
    if (/font-style:\s*italic/.test(style)) inner = wrapChildren(doc, inner, "em");
  }
}

function wrapChildren(doc: Document, el: Element, tag: string): Element {
  const w = doc.createElement(tag);
  while (el.firstChild) w.appendChild(el.firstChild);
  el.appendChild(w);
  return w;
}

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

function renameTo(doc: Document, el: Element, tag: string): Element {
  const n = doc.createElement(tag);
  while (el.firstChild) n.appendChild(el.firstChild);
  for (const a of Array.from(el.attributes)) n.setAttribute(a.name, a.value);
  el.replaceWith(n);
  return n;
}

/** Headings the site uses are h2–h4: Word's 标题 1 (h1, MsoTitle) becomes h2, h5/h6 become h4. */
function normaliseHeadings(doc: Document, root: Element) {
  for (const el of Array.from(root.querySelectorAll("h1, h5, h6, p.MsoTitle, p.MsoHeading1")))
    renameTo(doc, el, el.tagName === "H5" || el.tagName === "H6" ? "h4" : "h2");
}

function cleanAttributes(root: Element) {
  for (const el of Array.from(root.querySelectorAll("*"))) {
    const keep = KEEP_ATTRIBUTES[el.tagName.toLowerCase()] ?? [];
    for (const a of Array.from(el.attributes)) if (!keep.includes(a.name.toLowerCase())) el.removeAttribute(a.name);
  }
}

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(stripWordMarkup(html), "text/html");
  const root = doc.body;
  for (const el of Array.from(root.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    if (DROP_WITH_CONTENT.has(tag)) el.remove();
    // Word's local image files (file:///…/clip_image001.png) cannot be reached by the site.
    else if (tag === "img" && !/^(https?:\/\/|\/(?!\/))/i.test(el.getAttribute("src") ?? "")) el.remove();
  }
  normaliseHeadings(doc, root);
  convertLists(doc, root);
  keepEmphasis(doc, root);
  cleanAttributes(root);
  // Spans and fonts carry nothing once their styles are gone; divs only wrap sections.
  for (const el of Array.from(root.querySelectorAll("span, font, div, section, article, center"))) unwrap(el);
  for (const b of Array.from(root.querySelectorAll("b"))) renameTo(doc, b, "strong");
  for (const i of Array.from(root.querySelectorAll("i"))) renameTo(doc, i, "em");
  // Empty inline wrappers left behind (Word's <b></b> around a line break, <strong> </strong>).
  for (const el of Array.from(root.querySelectorAll("strong, em, u, s, a:not([href])")))
    if (!el.textContent?.trim() && !el.querySelector("img, br")) unwrap(el);
  // A picture on a line of its own (Word, mammoth: <p><img></p>) is a block image in the editor;
  // unwrapped here, so no empty paragraphs are left around it.
  for (const p of Array.from(root.querySelectorAll("p")))
    if (p.children.length === 1 && p.firstElementChild!.tagName === "IMG" && !p.textContent?.trim()) unwrap(p);
  return root.innerHTML.replace(/&nbsp;/g, " ").trim();
}
