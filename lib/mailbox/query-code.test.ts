import { beforeAll, describe, expect, it } from "vitest";
import { checkChallenge, newChallenge } from "./challenge";
import { formatQueryCode, hashQueryCode, normalizeQueryCode, queryCodeFor } from "./query-code";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret";
});

describe("query code", () => {
  it("is 12 characters without 0/O/1/l/I, stable per submission and different between submissions", () => {
    const codes = new Set(Array.from({ length: 500 }, (_, i) => queryCodeFor(`key-${i}-0000000000000`)));
    expect(codes.size).toBe(500);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    expect(queryCodeFor("same-key-00000000")).toBe(queryCodeFor("same-key-00000000"));
  });

  it("is read back in any case, with spaces or dashes", () => {
    const c = queryCodeFor("typed-key-0000000");
    expect(normalizeQueryCode(formatQueryCode(c).toLowerCase().replace(/-/g, " - "))).toBe(c);
    expect(hashQueryCode(formatQueryCode(c))).toBe(hashQueryCode(c));
  });
});

describe("arithmetic challenge", () => {
  const answerOf = (q: string) => {
    const nums = "零一二三四五六七八九十";
    const m = q.match(/^(.)(加|减)(.)/)!;
    const a = nums.indexOf(m[1]!);
    const b = nums.indexOf(m[3]!);
    return m[2] === "加" ? a + b : a - b;
  };

  it("accepts the right answer (also in full-width digits) and nothing else, until it expires", () => {
    const now = Date.now();
    const c = newChallenge(now);
    const right = answerOf(c.question);
    expect(c.question).toMatch(/等于几/);
    expect(checkChallenge(c.token, String(right), now)).toBe(true);
    expect(checkChallenge(c.token, String(right).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))), now)).toBe(true);
    expect(checkChallenge(c.token, String(right + 1), now)).toBe(false);
    expect(checkChallenge(c.token, "", now)).toBe(false);
    expect(checkChallenge(c.token.replace(/^\d+/, String(now + 10 ** 9)), String(right), now)).toBe(false);
    expect(checkChallenge(c.token, String(right), now + 2 * 3600_000)).toBe(false);
  });
});
