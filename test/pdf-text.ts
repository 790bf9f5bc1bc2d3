import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of a PDF as pdf.js extracts it, all pages, with whitespace removed (verbosity 0:
 * pdfkit declares an unused Helvetica that pdf.js would warn about). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  let text = "";
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  await document.destroy();
  return text.replace(/\s+/g, "");
}
