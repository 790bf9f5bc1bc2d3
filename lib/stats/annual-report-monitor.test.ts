import { describe, expect, it } from "vitest";
import { annualReportMonitor, reportDue } from "./annual-report-monitor";
import { failingVetoes } from "./monitors";

// Beijing is UTC+8: 2027-01-01 00:00 in Beijing is 2026-12-31T16:00Z.
describe("the annual report monitor (due 31 January, Beijing time)", () => {
  it("asks for the previous year's report from 1 January in Beijing", () => {
    expect(reportDue(new Date("2026-12-31T15:59:59Z"))).toEqual({ year: 2025, due: "2026-01-31" });
    expect(reportDue(new Date("2026-12-31T16:00:00Z"))).toEqual({ year: 2026, due: "2027-01-31" });
  });

  it("is amber through 31 January while unpublished, red from 1 February, green once published", () => {
    const m = (iso: string, published = false) => annualReportMonitor(published, new Date(iso));
    expect(m("2026-12-31T16:00:00Z")).toMatchObject({ light: "amber", sectionIds: ["bgs"], detail: "2026年度报告尚未发布，应于2027-01-31前发布（还剩30天）" });
    expect(m("2027-01-31T15:59:59Z")).toMatchObject({ light: "amber", detail: expect.stringContaining("还剩0天") });
    expect(m("2027-01-31T16:00:00Z")).toMatchObject({ light: "red", ratio: 1, detail: "2026年度报告尚未发布，已超过2027-01-31的发布期限" });
    expect(m("2027-06-01T04:00:00Z")).toMatchObject({ light: "red" });
    expect(m("2027-01-10T04:00:00Z", true)).toMatchObject({ light: "green", sectionIds: [], detail: "2026年度报告已发布" });
  });

  it("is watched beside the single-veto items but does not fail the site's single-veto verdict", () => {
    const overdue = annualReportMonitor(false, new Date("2027-06-01T04:00:00Z"));
    expect(overdue.light).toBe("red");
    expect(failingVetoes([overdue])).toEqual([]);
    expect(failingVetoes([{ ...overdue, key: "news", notVeto: undefined }])).toHaveLength(1);
  });
});
