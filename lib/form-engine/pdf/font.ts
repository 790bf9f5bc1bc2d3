import { createRequire } from "node:module";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const PDF_FONT_FAMILY = "NotoSansSC";

const FONT_PACKAGE = "@expo-google-fonts/noto-sans-sc";
const FILES = {
  400: "400Regular/NotoSansSC_400Regular.ttf",
  700: "700Bold/NotoSansSC_700Bold.ttf",
} as const;

// Resolved from the project root at run time rather than from this module's URL, because
// in the Next.js server bundle `import.meta.url` points into the build output, not the source.
const requireFromRoot = createRequire(path.join(process.cwd(), "package.json"));

function fontFile(file: string): string {
  return requireFromRoot.resolve(`${FONT_PACKAGE}/${file}`);
}

// CJK text has no spaces, so without break opportunities react-pdf overflows a cell
// instead of wrapping. Every CJK character becomes its own syllable followed by an
// empty one: an empty syllable is zero-width glue, a break point without a hyphen.
const CJK_OR_RUN = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/g;

// Longer runs without spaces (URLs, file names) may break anywhere rather than overflow.
const LONG_RUN = 20;

// 避头尾: closing punctuation never starts a line and opening punctuation never ends one, so each
// stays in the syllable of the character it belongs to.
const NO_LINE_START = /^[，。、；：？！）》」』”’〕】…]$/;
const NO_LINE_END = /[（《「『“‘〔【]$/;

export function cjkSyllables(word: string): string[] {
  const parts = (word.match(CJK_OR_RUN) ?? [word]).flatMap((part) => (part.length > LONG_RUN ? Array.from(part) : [part]));
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && (NO_LINE_START.test(part) || NO_LINE_END.test(last))) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out.flatMap((part) => [part, ""]);
}

let registered = false;

/** Registers the static Noto Sans SC TrueType faces shipped by npm; nothing is fetched. */
export function registerPdfFont(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: fontFile(FILES[400]), fontWeight: 400 },
      { src: fontFile(FILES[700]), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(cjkSyllables);
  registered = true;
}
