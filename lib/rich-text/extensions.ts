// The rich-text editor's document schema, restricted to what lib/content/sanitize.ts keeps:
// every node and mark renders only allowed tags and attributes, so what the editor stores
// passes the sanitizer unchanged, and what the sanitizer would drop cannot be produced.
// Shared by the browser editor and the tests (no React, no DOM needed to build the schema).
import type { AnyExtension } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import Link from "@tiptap/extension-link";
import { OrderedList } from "@tiptap/extension-list";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { CharacterCount } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";

/** URLs the sanitizer keeps: http(s), mailto, tel, and site-relative paths. */
export const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
/** Image sources: site uploads or http(s); no data:, file: or protocol-relative URLs. */
export const SAFE_SRC = /^(https?:\/\/|\/(?!\/))/i;

// Cells keep only colspan/rowspan in HTML; prosemirror-tables needs colwidth internally.
const cellAttributes = {
  colspan: { default: 1, parseHTML: (el: HTMLElement) => Number(el.getAttribute("colspan") || 1) || 1, renderHTML: (a: { colspan: number }) => (a.colspan > 1 ? { colspan: a.colspan } : {}) },
  rowspan: { default: 1, parseHTML: (el: HTMLElement) => Number(el.getAttribute("rowspan") || 1) || 1, renderHTML: (a: { rowspan: number }) => (a.rowspan > 1 ? { rowspan: a.rowspan } : {}) },
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
};

const Cell = TableCell.extend({ addAttributes: () => cellAttributes });
const Header = TableHeader.extend({ addAttributes: () => cellAttributes });

// A plain <table><tbody>: no colgroup, no inline width styles (the sanitizer drops both).
const PlainTable = Table.extend({
  addAttributes: () => ({}),
  renderHTML: () => ["table", {}, ["tbody", 0]],
}).configure({ resizable: false });

const SafeImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: "" },
      width: { default: null },
      height: { default: null },
    };
  },
  parseHTML() {
    return [{ tag: "img[src]", getAttrs: (el) => (SAFE_SRC.test((el as HTMLElement).getAttribute("src") ?? "") ? null : false) }];
  },
}).configure({ inline: false, allowBase64: false });

// <ol> without start/type (the sanitizer drops both); the numbering restarts at 1.
const PlainOrderedList = OrderedList.extend({
  addAttributes: () => ({
    start: { default: 1, parseHTML: () => 1, renderHTML: () => ({}) },
    type: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
  }),
});

// <a href title> only: pasted target, rel and class are not read, so never written back.
const PlainLink = Link.extend({
  addAttributes: () => ({
    href: { default: null, parseHTML: (el: HTMLElement) => el.getAttribute("href") },
    title: { default: null, parseHTML: (el: HTMLElement) => el.getAttribute("title") },
  }),
}).configure({
  openOnClick: false,
  autolink: true,
  defaultProtocol: "https",
  HTMLAttributes: { target: null, rel: null, class: null },
  isAllowedUri: (url) => SAFE_HREF.test(url),
});

export function richTextExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      orderedList: false,
      link: false,
    }),
    PlainOrderedList,
    PlainLink,
    PlainTable,
    TableRow,
    Cell,
    Header,
    SafeImage,
    CharacterCount,
  ];
}
