// The quarterly assessment (考核, Art. 19) per bureau section, county bureau and unit.
//
// score = 基础分
//       + 发布信息 × published                       (items the section published in the quarter)
//       + 报送信息 × submitted   (county bureaus and units only: distinct items sent)
//       + 采用信息 × adopted     (county bureaus and units only: distinct items adopted)
//       + 超期答复来信 × lateLetter                 (letters answered after the 15-working-day deadline)
//       + 未按周期更新的责任栏目 × staleColumn       (the section's own updates, at the quarter's end)
//       + 被通报次数 × circular                     (通报 approved in the quarter)
// The points are DEFAULT_WEIGHTS below (README "季度考核"), each overridden by its row in
// `assessment_weights` once xxtjk-kz has changed it.
// Once approved, the table is stored in `assessment_snapshots` and read from there.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approvedCirculars } from "./circulars";
import { figuresFor } from "./figures";
import type { Client } from "./item-counts";
import { siteStats } from "./load";
import { periodBounds } from "./period";
import { staleSections } from "./section-staleness";

export const ASSESSED_KINDS = ["bureau_section", "county_bureau", "affiliated_unit"] as const;
export const WEIGHT_KEYS = ["base", "published", "submitted", "adopted", "lateLetter", "staleColumn", "circular"] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type Weights = Record<WeightKey, number>;
export interface WeightRow { key: WeightKey; label: string; points: number }

export interface AssessmentRow {
  sectionId: string;
  name: string;
  kind: string;
  published: number;
  submitted: number;
  adopted: number;
  lateLetters: number;
  staleColumns: number;
  circulars: number;
  score: number;
}

export interface AssessmentView {
  period: string;
  /** True when an approved table is stored: the rows and weights are the stored ones. */
  frozen: boolean;
  approvedAt: Date | null;
  recordId: string | null;
  weights: WeightRow[];
  rows: AssessmentRow[];
}

/** The documented defaults, in display order. The migration inserts nothing, so an empty database stays empty (restore). */
export const DEFAULT_WEIGHTS: readonly WeightRow[] = [
  { key: "base", label: "基础分", points: 100 },
  { key: "published", label: "每发布一条信息", points: 2 },
  { key: "submitted", label: "县区、单位每报送一条信息", points: 1 },
  { key: "adopted", label: "县区、单位每被采用一条信息", points: 3 },
  { key: "lateLetter", label: "每件来信超期答复", points: -2 },
  { key: "staleColumn", label: "每个责任栏目未按周期更新", points: -5 },
  { key: "circular", label: "每次被通报", points: -10 },
];

export async function loadWeights(db: Client): Promise<WeightRow[]> {
  const stored = new Map((await db.assessmentWeight.findMany({ select: { key: true, points: true } })).map((r) => [r.key, r.points]));
  return DEFAULT_WEIGHTS.map((w) => ({ ...w, points: stored.get(w.key) ?? w.points }));
}

export const weightsOf = (rows: WeightRow[]): Weights =>
  Object.fromEntries(WEIGHT_KEYS.map((k) => [k, rows.find((r) => r.key === k)?.points ?? 0])) as Weights;

/** One section's score from its counts: the formula above, in one place. */
export function scoreOf(w: Weights, kind: string, c: Omit<AssessmentRow, "sectionId" | "name" | "kind" | "score">): number {
  const unit = kind !== "bureau_section";
  return w.base + w.published * c.published + (unit ? w.submitted * c.submitted + w.adopted * c.adopted : 0)
    + w.lateLetter * c.lateLetters + w.staleColumn * c.staleColumns + w.circular * c.circulars;
}

/** The table as the figures stand now (for a quarter not yet approved). */
export async function computeAssessment(db: Client, period: string, now = new Date()): Promise<{ weights: WeightRow[]; rows: AssessmentRow[] }> {
  const { start, end } = periodBounds(period);
  const asOf = end < now ? new Date(end.getTime() - 1) : now;
  const [weights, site, stale, circulars] = await Promise.all([loadWeights(db), siteStats(db, now), staleSections(db, asOf, start), approvedCirculars(db, period)]);
  const w = weightsOf(weights);
  const count = <T,>(xs: T[], pick: (x: T) => string) => xs.reduce((m, x) => m.set(pick(x), (m.get(pick(x)) ?? 0) + 1), new Map<string, number>());
  const staleBy = count(stale, (s) => s.sectionId);
  const circularBy = count(circulars, (c) => c.sectionId);
  const rows = site.sections
    .filter((s) => (ASSESSED_KINDS as readonly string[]).includes(s.kind))
    .map((s) => {
      const f = figuresFor(site.figures, s.id, period);
      const c = { published: f.published, submitted: f.submitted, adopted: f.adopted, lateLetters: f.lettersAnswered - f.lettersOnTime, staleColumns: staleBy.get(s.id) ?? 0, circulars: circularBy.get(s.id) ?? 0 };
      return { sectionId: s.id, name: s.name, kind: s.kind, ...c, score: scoreOf(w, s.kind, c) };
    });
  return { weights, rows };
}

/** The stored table of an approved quarter, else the table computed now. */
export async function assessmentView(db: Db, period: string, now = new Date()): Promise<AssessmentView> {
  const snap = await db.assessmentSnapshot.findUnique({ where: { period } });
  if (snap) return { period, frozen: true, approvedAt: snap.approvedAt, recordId: snap.recordId, weights: snap.weights as unknown as WeightRow[], rows: snap.rows as unknown as AssessmentRow[] };
  const live = await computeAssessment(db, period, now);
  return { period, frozen: false, approvedAt: null, recordId: null, ...live };
}

/** Called by the approving transaction (the `freezeAssessment` effect): computes and stores the quarter. */
export async function freezeAssessment(tx: Prisma.TransactionClient, recordId: string, period: string, now = new Date()): Promise<void> {
  const { weights, rows } = await computeAssessment(tx, period, now);
  await tx.assessmentSnapshot.create({ data: { recordId, period, weights: weights as unknown as Prisma.InputJsonValue, rows: rows as unknown as Prisma.InputJsonValue, approvedAt: now } });
}
