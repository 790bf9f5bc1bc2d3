// Art. 19 figures per section (or unit) and period, as pure functions over fetched rows so that
// fixture tests can check exact counts. The loader in load.ts fetches the rows.
import { beijingDate } from "@/lib/calendar/working-days";
import { periodsOf } from "./period";

export interface EventRow { action: string; createdAt: Date; sectionId: string | null }
export interface ArticleRow { sectionId: string; columnId: string; publishAt: Date; withdrawnAt: Date | null; recordId: string | null }
export interface LetterRow { sectionId: string; receivedAt: Date; answeredAt: Date | null; due: string; state: string }

export const FIGURE_KEYS = ["submitted", "published", "returned", "withdrawn", "columnUpdates", "lettersReceived", "lettersAnswered", "lettersOnTime"] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number>;

export const FIGURE_LABELS: Record<FigureKey, string> = {
  submitted: "报送信息",
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

function bump(t: FigureTable, sectionId: string, at: Date, key: FigureKey) {
  let bySection = t.get(sectionId);
  if (!bySection) t.set(sectionId, (bySection = new Map()));
  for (const p of periodsOf(at)) {
    let f = bySection.get(p);
    if (!f) bySection.set(p, (f = emptyFigures()));
    f[key] += 1;
  }
}

/**
 * `responsible` maps a column id to the sections that keep it: an article counts as a column
 * update of its section only in a column that section is responsible for.
 */
export function computeFigures(input: { events: EventRow[]; articles: ArticleRow[]; letters: LetterRow[]; responsible: Map<string, Set<string>> }): FigureTable {
  const t: FigureTable = new Map();
  for (const e of input.events) {
    if (!e.sectionId) continue;
    if (e.action === "submit") bump(t, e.sectionId, e.createdAt, "submitted");
    else if (e.action.endsWith("_return")) bump(t, e.sectionId, e.createdAt, "returned");
  }
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
