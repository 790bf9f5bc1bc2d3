/** A letter as printed: every string display-ready; the renderer formats nothing. */
export interface LetterDocument {
  issuer: string;
  title: string;
  /** Printed right-aligned under the title, e.g. 揭卫依申〔2026〕第0001号. */
  number: string;
  facts: { label: string; value: string }[];
  salutation: string;
  paragraphs: string[];
  /** e.g. "法律依据：《中华人民共和国政府信息公开条例》第三十六条第（二）项。" */
  basis: string;
  closing: string[];
  /** e.g. 2026年11月28日. */
  date: string;
}
