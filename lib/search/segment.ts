// Chinese word segmentation for site search. PostgreSQL's parsers cannot cut Chinese text into
// words, so the application does it with the ICU dictionary behind Intl.Segmenter and stores
// the words space-separated; documents and queries go through the same functions here.

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const HAN = /\p{Script=Han}/u;
// Letters and digits only: whatever survives is safe inside a quoted tsquery lexeme.
const NOT_WORD = /[^\p{L}\p{N}]/gu;

/** The words of a text, lower-cased, punctuation and symbols dropped, in order. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase().replace(NOT_WORD, "");
    if (w) words.push(w);
  }
  return words;
}

/** Overlapping two-character pieces of a Chinese word of three or more characters. */
export function hanBigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3 || !chars.every((c) => HAN.test(c))) return [];
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars.slice(i, i + 2).join(""));
  return out;
}

/**
 * The indexed form of a text: its words, plus the bigrams of long Chinese words, so that a
 * query for 登革 still finds 登革热 whichever way the dictionary cut the document.
 */
export function indexText(text: string): string {
  const out: string[] = [];
  for (const w of segmentWords(text)) out.push(w, ...hanBigrams(w));
  return out.join(" ");
}

/** The overlapping two-character pieces of every run of two or more Chinese characters in a text. */
export function hanPairs(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(/\p{Script=Han}{2,}/gu)) {
    const chars = [...run];
    for (let i = 0; i < chars.length - 1; i++) out.push(chars.slice(i, i + 2).join(""));
  }
  return out;
}
