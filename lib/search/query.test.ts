import { describe, expect, it } from "vitest";
import { buildSearchQuery, MAX_QUERY_CHARS, MAX_TERMS } from "./query";

describe("buildSearchQuery", () => {
  it("ANDs every two-character piece of every term", () => {
    const q = buildSearchQuery("  网站 安全 ");
    expect(q.problem).toBeNull();
    expect(q.terms).toEqual(["网站", "安全"]);
    expect(q.tsquery).toBe("'网站' & '安全'");
    expect(buildSearchQuery("不断提高卫").tsquery).toBe("'不断' & '断提' & '提高' & '高卫'");
  });
  it("splits a pasted phrase at punctuation and folds full-width forms", () => {
    expect(buildSearchQuery("管理，提高").terms).toEqual(["管理", "提高"]);
    expect(buildSearchQuery("ＣＯＶＩＤ１９").tsquery).toBe("'co' & 'ov' & 'vi' & 'id' & 'd1' & '19'");
  });
  it("matches a single character by itself", () => {
    expect(buildSearchQuery("病 a").tsquery).toBe("'病' & 'a'");
  });
  it("reports an empty query", () => {
    expect(buildSearchQuery("   ").problem).toBe("empty");
    expect(buildSearchQuery(undefined).problem).toBe("empty");
    expect(buildSearchQuery(["a", "b"]).problem).toBe("empty");
  });
  it("reports a query of symbols only, without a tsquery", () => {
    const q = buildSearchQuery("&|!():*'\\<>《》。，");
    expect(q).toMatchObject({ problem: "no-words", tsquery: null });
  });
  it("never lets tsquery operators or quotes through", () => {
    for (const hostile of ["a' | b", "x & !y", "foo:*", "'); DROP TABLE articles; --", "a\\'b", "<mark>x</mark>"]) {
      const q = buildSearchQuery(hostile);
      for (const term of q.terms) expect(term).toMatch(/^[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+$/u);
      expect((q.tsquery ?? "").replace(/'[^']*'/g, "")).toMatch(/^[ &]*$/);
    }
  });
  it("cuts very long queries and caps the number of terms", () => {
    const q = buildSearchQuery("卫生".repeat(500) + " " + Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "));
    expect(q.text.length).toBe(MAX_QUERY_CHARS);
    expect(q.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    const many = buildSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "));
    expect(many.terms).toHaveLength(MAX_TERMS);
  });
});
