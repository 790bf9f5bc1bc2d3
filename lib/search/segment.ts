// Search tokens. PostgreSQL cannot cut Chinese into words, and a dictionary cut loses every
// phrase that crosses a word boundary (不断提高卫 in 不断提高卫生…). So the index holds
// overlapping two-character pieces of every run of letters and digits, and each character on
// its own: any phrase of two or more characters copied from an article is then found through
// its own pieces, and a single character through itself.
// Documents and queries go through the same functions here; the database's fallback
// (migration 20261128060000_search_bigrams) mirrors them in SQL.

// NFKC folds full-width letters and digits (ＡＢ１２ → ab12); what survives is letters and
// digits only, so every token is safe inside a quoted tsquery lexeme.
const NOT_WORD = /[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+/g;

/** A text as the index sees it: folded, lower-cased, runs of letters and digits separated by one space. */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(NOT_WORD, " ").trim();
}

/** The runs of letters and digits of a text, in order. */
export function searchRuns(text: string): string[] {
  const n = normalizeForSearch(text);
  return n ? n.split(" ") : [];
}

/** The two-character pieces of one run (a phrase is found through these). */
export function runPairs(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** What one run adds to the index: its two-character pieces and its characters. */
export function runTokens(run: string): string[] {
  return [...runPairs(run), ...run];
}

/** The distinct tokens of a text, space-separated: what an article stores for the index. */
export function indexTokens(text: string): string {
  const seen = new Set<string>();
  for (const run of searchRuns(text)) for (const t of runTokens(run)) seen.add(t);
  return [...seen].join(" ");
}
