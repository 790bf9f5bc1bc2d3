// The statistics as CSV: one row per section and period, the same table the page shows.
import { csvCell } from "@/lib/audit/query";
import { FIGURE_KEYS, FIGURE_LABELS, figuresFor } from "./figures";
import type { StatsReport } from "./load";
import { periodLabel } from "./period";

export const STATS_CSV_HEADER = ["科室/单位", "统计期间", ...FIGURE_KEYS.map((k) => FIGURE_LABELS[k])];

/** The rows for one period, in the report's section order (also what the page renders). */
export function statsRows(r: StatsReport, period: string): string[][] {
  return r.sections.map((s) => {
    const f = figuresFor(r.figures, s.id, period);
    return [s.name, periodLabel(period), ...FIGURE_KEYS.map((k) => String(f[k]))];
  });
}

/** UTF-8 with BOM so Excel opens the Chinese correctly; cells are guarded against formulas. */
export function statsCsv(r: StatsReport, periods: string[]): string {
  const lines = [STATS_CSV_HEADER, ...periods.flatMap((p) => statsRows(r, p))].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
