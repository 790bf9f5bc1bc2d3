import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, scoreOf, WEIGHT_KEYS, type WeightRow, weightsOf } from "./assessment";
import { renderAssessmentPdf } from "./assessment-pdf";
import { parseWeights } from "./assessment-weights";
import { periodBounds, previousQuarter, selectedQuarter } from "./period";

const DEFAULTS: WeightRow[] = [...DEFAULT_WEIGHTS];
const counts = { published: 4, submitted: 5, adopted: 2, lateLetters: 1, staleColumns: 2, circulars: 1 };

describe("the 考核 score", () => {
  it("adds the documented points; 报送 and 采用 count only for county bureaus and units", () => {
    const w = weightsOf(DEFAULTS);
    expect(scoreOf(w, "county_bureau", counts)).toBe(100 + 8 + 5 + 6 - 2 - 10 - 10);
    expect(scoreOf(w, "bureau_section", counts)).toBe(100 + 8 - 2 - 10 - 10);
  });

  it("accepts whole numbers within ±1000 for every weight and names each bad one", () => {
    const ok = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, "1"]));
    expect(parseWeights({ ...ok, circular: "-10" }).circular).toBe(-10);
    expect(() => parseWeights({ ...ok, base: "1.5", adopted: "2000", published: "" })).toThrow(expect.objectContaining({ fields: { base: expect.any(String), adopted: expect.any(String), published: expect.any(String) } }));
  });

  it("prints the table with the bundled Chinese font", async () => {
    const pdf = await renderAssessmentPdf({ period: "2026-Q3", frozen: true, approvedAt: new Date("2026-10-09T02:00:00Z"), recordId: "r", weights: DEFAULTS,
      rows: [{ sectionId: "rcq", name: "榕城区卫生计生局", kind: "county_bureau", ...counts, score: 97 }] });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("NotoSansSC");
  }, 30_000);
});

describe("quarters in Beijing time", () => {
  it("start and end at Beijing midnight", () => {
    expect(periodBounds("2026-Q3")).toEqual({ start: new Date("2026-06-30T16:00:00Z"), end: new Date("2026-09-30T16:00:00Z") });
    expect(periodBounds("2026")).toEqual({ start: new Date("2025-12-31T16:00:00Z"), end: new Date("2026-12-31T16:00:00Z") });
  });
  it("default the 考核 to the last finished quarter", () => {
    expect(previousQuarter(new Date("2026-01-05T00:00:00Z"))).toBe("2025-Q4");
    expect(selectedQuarter("2026-Q2")).toBe("2026-Q2");
    expect(selectedQuarter("2026", new Date("2026-11-28T00:00:00Z"))).toBe("2026-Q3");
  });
});
