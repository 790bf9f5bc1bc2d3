// A letter the office issues on a case (e.g. the 告知书 of a reply), declared as data in the
// definition: which states it exists in for staff and for the citizen, the text per outcome and
// the closing sentences. The engine fills the placeholders and renders the PDF
// (lib/form-engine/letters/compose.ts, lib/form-engine/pdf/letter.tsx); it knows no form.
//
// Placeholders in every text: {number} the registration number, {receivedOn} the date of the
// numbering action (收到申请), {date} the letter's date, {field:key} a field's display value.

export interface LetterTemplate {
  /** The values of `LetterDef.choiceField` this text is for. */
  values: string[];
  /** Paragraphs after the introduction: what was decided and why. */
  body: string[];
  /** The legal basis, e.g. "《中华人民共和国政府信息公开条例》第三十六条第（二）项". */
  basis: string;
}

export interface LetterDef {
  /** The document's title, e.g. 政府信息公开申请答复告知书. */
  title: string;
  /** The issuing authority, printed above the title and at the signature. */
  issuer: string;
  /** Staff may download the letter in these states (a draft while the reply is reviewed). */
  staffIn: string[];
  /** The citizen may download it in these states, after a lookup only. */
  citizenIn: string[];
  /** The letter is dated by the latest of these actions (e.g. 审核通过); today until one is taken. */
  datedBy: string[];
  /** e.g. "{field:name}：". */
  salutation: string;
  /** The paragraph before the outcome text. */
  intro: string;
  /** Label/value lines printed as a small table under the title. */
  facts: { label: string; value: string }[];
  /** The choice field whose value picks the template. */
  choiceField: string;
  templates: LetterTemplate[];
  /** Paragraphs after the basis: the reply text, the remedy sentence (行政复议, 行政诉讼). */
  closing: string[];
}
