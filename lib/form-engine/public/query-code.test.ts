import { beforeAll, describe, expect, it } from "vitest";
import { formatQueryCode, hashFactor, hashQueryCode, lastDigits, normalizeQueryCode, queryCodeFor } from "./query-code";

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

describe("second factor", () => {
  it("takes the last digits of a phone written with dashes, and refuses too few", () => {
    expect(lastDigits("0663-8231234", 4)).toBe("1234");
    expect(lastDigits("12-3", 4)).toBeNull();
  });

  it("is stored salted with the code's hash, so one factor hashes differently per case", () => {
    expect(hashFactor(hashQueryCode("AAAA"), "1234")).not.toBe(hashFactor(hashQueryCode("BBBB"), "1234"));
    // The same as the migration's SQL: encode(sha256(convert_to(hash || ':' || last4, 'UTF8')), 'hex').
    expect(hashFactor("abc", "1234")).toBe("1755a2d5b309d75bede226f2b6cf858bb14287b917e76ad3b943de0dda4683fb"); // sha256("abc:1234")
  });
});
