export { htmlToParagraphs } from "./html-to-paragraphs";
export { renderPrintablePdf } from "./render";
export { pdfResponse } from "./response";
export type * from "./types";
