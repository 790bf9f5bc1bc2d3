import { describe, expect, it } from "vitest";
import { computeFigures, figuresFor } from "./figures";
import { lightOf, singleVetoMonitors, type ColumnState } from "./monitors";
import { quarterOf } from "./period";
import { supervise } from "./supervision";

const d = (s: string) => new Date(s);
const col = (over: Partial<ColumnState>): ColumnState => ({ id: "c", slug: "x", name: "栏目", kind: "list", visible: true, updateIntervalDays: null, sectionIds: ["s1"], lastPublishAt: null, liveArticles: 0, ...over });

describe("statistics periods", () => {
  it("count in Beijing time: 31 March 17:00 UTC is already the second quarter", () => {
    expect(quarterOf(d("2026-03-31T15:00:00Z"))).toBe("2026-Q1");
    expect(quarterOf(d("2026-03-31T17:00:00Z"))).toBe("2026-Q2");
  });
});

describe("figures per section and period", () => {
  it("count submissions, returns, publications, withdrawals, column updates and letters", () => {
    const t = computeFigures({
      // Distinct items per period, as the database counts them (item-counts.ts).
      counts: [
        { sectionId: "s1", period: "2026-Q1", key: "submitted", n: 1 },
        { sectionId: "s1", period: "2026-Q1", key: "returned", n: 1 },
        { sectionId: "s1", period: "2026-Q2", key: "submitted", n: 1 },
        { sectionId: "s1", period: "2026", key: "submitted", n: 2 },
        { sectionId: "s1", period: "2026", key: "returned", n: 1 },
        { sectionId: "s2", period: "2026-Q2", key: "adopted", n: 1 },
        { sectionId: "s1", period: "2026-Q2", key: "not-a-figure", n: 9 },
      ],
      articles: [
        { sectionId: "s1", columnId: "c1", publishAt: d("2026-05-02T02:00:00Z"), withdrawnAt: d("2026-08-01T02:00:00Z"), recordId: "r1" },
        { sectionId: "s1", columnId: "c2", publishAt: d("2026-05-03T02:00:00Z"), withdrawnAt: null, recordId: null },
      ],
      letters: [
        { sectionId: "s1", receivedAt: d("2026-05-01T02:00:00Z"), answeredAt: d("2026-05-10T02:00:00Z"), due: "2026-05-22", state: "answered" },
        { sectionId: "s1", receivedAt: d("2026-05-01T02:00:00Z"), answeredAt: d("2026-06-10T02:00:00Z"), due: "2026-05-22", state: "answered" },
      ],
      responsible: new Map([["c1", new Set(["s1"])]]),
    });
    expect(figuresFor(t, "s1", "2026-Q1")).toMatchObject({ submitted: 1, returned: 1, published: 0 });
    expect(figuresFor(t, "s1", "2026-Q2")).toMatchObject({ submitted: 1, returned: 0, published: 1, columnUpdates: 1, lettersReceived: 2, lettersAnswered: 2, lettersOnTime: 1 });
    expect(figuresFor(t, "s1", "2026-Q3")).toMatchObject({ withdrawn: 1, published: 0 });
    expect(figuresFor(t, "s2", "2026-Q2")).toMatchObject({ adopted: 1, submitted: 0 });
    expect(figuresFor(t, "s1", "2026")).toMatchObject({ submitted: 2, returned: 1, published: 1, withdrawn: 1, columnUpdates: 1, lettersOnTime: 1 });
  });
});

describe("single-veto monitors", () => {
  const now = d("2026-11-26T00:00:00Z");
  const news = (daysAgo: number) => col({ slug: "news", name: "工作动态", lastPublishAt: new Date(now.getTime() - daysAgo * 86_400_000), liveArticles: 1 });
  it("turn red when the news column passes 2 weeks, amber on the way", () => {
    expect(singleVetoMonitors([news(5)], [], now)[0]?.light).toBe("green");
    expect(singleVetoMonitors([news(11)], [], now)[0]?.light).toBe("amber");
    expect(singleVetoMonitors([news(14)], [], now)[0]).toMatchObject({ light: "red", sectionIds: ["s1"] });
  });
  it("count an empty responsible list column and a letter open for 3 months", () => {
    const m = singleVetoMonitors([col({ name: "空栏目" })], [{ recordId: "r", subject: "x", sectionId: "s2", receivedAt: d("2026-08-20T00:00:00Z") }], now);
    expect(m.find((x) => x.key === "empty_columns")).toMatchObject({ light: "red", detail: "空栏目" });
    expect(m.find((x) => x.key === "letters")).toMatchObject({ light: "red", sectionIds: ["s2"] });
    expect(lightOf(0.5)).toBe("green");
  });
});

describe("supervision", () => {
  it("lists columns past their interval and items published without the final sign-off", () => {
    const now = d("2026-11-26T00:00:00Z");
    const s = supervise({
      columns: [col({ id: "a", updateIntervalDays: 7, lastPublishAt: d("2026-11-01T00:00:00Z"), liveArticles: 1 }), col({ id: "b", updateIntervalDays: 30, lastPublishAt: d("2026-11-20T00:00:00Z"), liveArticles: 1 })],
      articles: [
        { id: 1, title: "已审定", sectionId: "s1", isDemo: false, recordId: "r1", approved: true, withdrawnAt: null, withdrawReason: null, publishAt: now },
        { id: 2, title: "未审定", sectionId: "s1", isDemo: false, recordId: "r2", approved: false, withdrawnAt: null, withdrawReason: null, publishAt: now },
        { id: 3, title: "演示", sectionId: "s1", isDemo: true, recordId: null, approved: false, withdrawnAt: null, withdrawReason: null, publishAt: now },
      ],
      letters: [],
    }, now);
    expect(s.overdueColumns.map((o) => [o.column.id, o.daysSince])).toEqual([["a", 25]]);
    expect(s.unapproved.map((a) => a.id)).toEqual([2]);
  });
});

describe("statistics CSV", () => {
  it("starts with a BOM for Excel, has the page's rows and defuses formulas", async () => {
    const { statsCsv } = await import("./csv");
    const { emptyFigures } = await import("./figures");
    const csv = statsCsv({
      sections: [{ id: "s1", name: "=HYPERLINK(\"x\")", kind: "bureau_section" }],
      figures: new Map([["s1", new Map([["2026-Q4", { ...emptyFigures(), published: 4 }]])]]),
      periods: ["2026-Q4"], monitors: [], all: true,
      supervision: { overdueColumns: [], staleSections: [], emptyColumns: [], unapproved: [], withdrawals: [], overdueLetters: [] },
    }, ["2026-Q4"]);
    expect(csv.startsWith("\uFEFF科室/单位,统计期间,报送信息,采用信息,发布信息")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",2026年第4季度,0,0,4,0,0,0,0,0,0\r\n`);
  });
});
