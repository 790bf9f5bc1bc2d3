import { describe, expect, it } from "vitest";
import { isInternalRequest } from "./revalidate-listener";

const shared = globalThis as { __portalRevalidateToken?: string };

describe("the internal revalidation endpoint's guard", () => {
  it("refuses every request while no listener runs in the process", () => {
    delete shared.__portalRevalidateToken;
    expect(isInternalRequest(null)).toBe(false);
    expect(isInternalRequest("")).toBe(false);
    expect(isInternalRequest("undefined")).toBe(false);
  });

  it("accepts only the process's own token", () => {
    shared.__portalRevalidateToken = "a".repeat(64);
    expect(isInternalRequest("a".repeat(64))).toBe(true);
    expect(isInternalRequest(`${"a".repeat(63)}b`)).toBe(false);
    expect(isInternalRequest("a")).toBe(false);
    delete shared.__portalRevalidateToken;
  });
});
