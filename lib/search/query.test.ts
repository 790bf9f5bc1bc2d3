import { describe, expect, it } from "vitest";
import { buildSearchQuery, MAX_QUERY_CHARS, MAX_TERMS } from "./query";

describe("buildSearchQuery", () => {
  it("ANDs the words of a Chinese query, long words also as bigrams", () => {
    const q = buildSearchQuery("  预防 登革热 ");
    expect(q.problem).toBeNull();
    expect(q.terms).toEqual(["预防", "登革热"]);
    expect(q.tsquery).toBe("('预防' & ('登革热' | ('登革' & '革热'))) | ('预防' & '登革' & '革热')");
  });
  it("also matches the database's two-character fallback, keeping Latin words whole", () => {
    expect(buildSearchQuery("晨午检 covid").tsquery).toMatch(/\| \('晨午' & '午检' & 'covid'\)$/);
    expect(buildSearchQuery("hello 19").tsquery).toBe("'hello' & '19'");
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
      for (const term of q.terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
      expect(q.tsquery ?? "").not.toMatch(/[!:*;\\<>-]/);
    }
  });
  it("cuts very long queries and caps the number of words", () => {
    const q = buildSearchQuery("卫生".repeat(500) + " " + Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "));
    expect(q.text.length).toBe(MAX_QUERY_CHARS);
    expect(q.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    const many = buildSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "));
    expect(many.terms).toHaveLength(MAX_TERMS);
  });
});
