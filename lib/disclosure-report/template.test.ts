import { describe, expect, it } from "vitest";
import { addEntries } from "./computation";
import { reportHtml } from "./render";
import { countsOf, imbalanceMessage, imbalances, table3Rows, TABLE3_ROWS, type Counts } from "./template";

const counts = (entries: [string, string, number][]): Counts => addEntries(new Map(), entries.map(([row, applicant, count]) => ({ row, applicant, count: String(count) })));

describe("the balance check of table 三 (一 + 二 = 三(七) + 四)", () => {
  it("passes a table that balances in every column", () => {
    const c = counts([["1", "person", 3], ["2", "person", 1], ["3.1", "person", 2], ["4", "person", 2], ["1", "legal", 1], ["3.5.2", "legal", 1]]);
    expect(imbalances(c)).toEqual([]);
    expect(imbalanceMessage(c)).toBeNull();
  });

  it("names each column that does not balance, with both sides, and the 总计 column", () => {
    const c = counts([["1", "person", 2], ["3.1", "person", 1], ["2", "business", 1], ["3.3.4", "research", 1]]);
    expect(imbalances(c)).toEqual([
      { column: "自然人", received: 2, handled: 1 },
      { column: "商业企业", received: 1, handled: 0 },
      { column: "科研机构", received: 0, handled: 1 },
      { column: "总计", received: 3, handled: 2 },
    ]);
    const msg = imbalanceMessage(c)!;
    expect(msg).toContain("“自然人”列：本年新收与上年结转之和为2，办理结果总计与结转下年度之和为1");
    expect(msg).toContain("“科研机构”列");
    expect(msg).not.toContain("“法律服务机构”列");
  });

  it("catches columns that cancel out in the 总计 column", () => {
    const c = counts([["1", "person", 1], ["3.1", "business", 1]]);
    expect(imbalances(c).map((b) => b.column)).toEqual(["自然人", "商业企业"]);
  });

  it("reads a stored table back, recomputing (七) rather than trusting it", () => {
    const rows = table3Rows(counts([["1", "person", 1], ["3.2", "person", 1]]));
    expect(rows).toHaveLength(TABLE3_ROWS.length);
    expect(rows.find((r) => r.code === "3.7")).toMatchObject({ person: "1", total: "1" });
    // A forged 总计 row cannot make an unbalanced table pass.
    const forged = rows.map((r) => (r.code === "3.7" ? { ...r, person: "5", total: "5" } : r));
    expect(imbalances(countsOf(forged))).toEqual([]);
    const broken = rows.map((r) => (r.code === "1" ? { ...r, person: "4", total: "4" } : r));
    expect(imbalances(countsOf(broken)).map((b) => b.column)).toEqual(["自然人", "总计"]);
  });

  it("ignores hand entries for unknown rows, columns or the computed total", () => {
    const c = counts([["3.7", "person", 3], ["9.9", "person", 1], ["1", "nobody", 2]]);
    expect(imbalances(c)).toEqual([]);
  });
});

describe("the published report", () => {
  it("has the template's six parts and escapes what was typed", () => {
    const html = reportHtml({ year: "2026", overview: "第一段\n<script>x</script>", problems: "", otherMatters: "无", processingFee: "12.5", table3: table3Rows(new Map()), table2Docs: [] });
    for (const h of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) expect(html).toContain(`<h2>${h}</h2>`);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("本年度收取信息处理费12.5元。");
    expect(html.match(/<tr><td>/g)?.length).toBeGreaterThanOrEqual(25);
  });
});
