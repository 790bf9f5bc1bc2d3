// Art. 19 figures per section (or unit) and period, as pure functions over fetched rows so that
// fixture tests can check exact counts. The loader in load.ts fetches the rows; items submitted,
// returned and adopted arrive already counted per section and period (item-counts.ts): each
// counts a distinct item once per period, however often it went back and forth.
import { beijingDate } from "@/lib/calendar/working-days";
import type { ItemCount } from "./item-counts";
import { periodsOf } from "./period";

export interface ArticleRow { sectionId: string; columnId: string; publishAt: Date; withdrawnAt: Date | null; recordId: string | null }
export interface LetterRow { sectionId: string; receivedAt: Date; answeredAt: Date | null; due: string; state: string }

export const FIGURE_KEYS = ["submitted", "adopted", "published", "returned", "withdrawn", "columnUpdates", "lettersReceived", "lettersAnswered", "lettersOnTime"] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number>;

export const FIGURE_LABELS: Record<FigureKey, string> = {
  submitted: "报送信息",
  adopted: "采用信息",
  published: "发布信息",
  returned: "退回",
  withdrawn: "撤稿",
  columnUpdates: "栏目更新",
  lettersReceived: "收到来信",
  lettersAnswered: "答复来信",
  lettersOnTime: "按期答复",
};

export const emptyFigures = (): Figures => Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as Figures;

/** sectionId → period → figures. */
export type FigureTable = Map<string, Map<string, Figures>>;

function cell(t: FigureTable, sectionId: string, period: string): Figures {
  let bySection = t.get(sectionId);
  if (!bySection) t.set(sectionId, (bySection = new Map()));
  let f = bySection.get(period);
  if (!f) bySection.set(period, (f = emptyFigures()));
  return f;
}

const isFigureKey = (k: string): k is FigureKey => (FIGURE_KEYS as readonly string[]).includes(k);

function bump(t: FigureTable, sectionId: string, at: Date, key: FigureKey) {
  for (const p of periodsOf(at)) cell(t, sectionId, p)[key] += 1;
}

/**
 * `responsible` maps a column id to the sections that keep it: an article counts as a column
 * update of its section only in a column that section is responsible for.
 */
export function computeFigures(input: { counts: ItemCount[]; articles: ArticleRow[]; letters: LetterRow[]; responsible: Map<string, Set<string>> }): FigureTable {
  const t: FigureTable = new Map();
  for (const c of input.counts) if (isFigureKey(c.key)) cell(t, c.sectionId, c.period)[c.key] += c.n;
  for (const a of input.articles) {
    if (a.recordId) bump(t, a.sectionId, a.publishAt, "published");
    if (a.withdrawnAt) bump(t, a.sectionId, a.withdrawnAt, "withdrawn");
    if (input.responsible.get(a.columnId)?.has(a.sectionId)) bump(t, a.sectionId, a.publishAt, "columnUpdates");
  }
  for (const l of input.letters) {
    bump(t, l.sectionId, l.receivedAt, "lettersReceived");
    if (l.answeredAt) {
      bump(t, l.sectionId, l.answeredAt, "lettersAnswered");
      if (beijingDate(l.answeredAt) <= l.due) bump(t, l.sectionId, l.answeredAt, "lettersOnTime");
    }
  }
  return t;
}

export function figuresFor(t: FigureTable, sectionId: string, period: string): Figures {
  return t.get(sectionId)?.get(period) ?? emptyFigures();
}
