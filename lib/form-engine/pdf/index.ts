export { htmlToParagraphs } from "./html-to-paragraphs";
export { renderPrintablePdf } from "./render";
export type * from "./types";
