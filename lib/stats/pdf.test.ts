import { describe, expect, it } from "vitest";
import { emptyFigures } from "./figures";
import type { StatsReport } from "./load";
import { renderStatsPdf } from "./pdf";

describe("statistics PDF", () => {
  it("renders the period's table with the bundled Chinese font", async () => {
    const f = { ...emptyFigures(), submitted: 3 };
    const report: StatsReport = {
      sections: [{ id: "xxtjk", name: "信息统计科", kind: "bureau_section" }],
      figures: new Map([["xxtjk", new Map([["2026-Q4", f]])]]),
      periods: ["2026-Q4"], monitors: [], all: true,
      supervision: { overdueColumns: [], staleSections: [], emptyColumns: [], unapproved: [], withdrawals: [], overdueLetters: [] },
    };
    const pdf = await renderStatsPdf(report, "2026-Q4");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("NotoSansSC");
  }, 30_000);
});
