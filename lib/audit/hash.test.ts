import { describe, expect, it } from "vitest";
import { canonicalJson, chainHash, type AuditFields } from "./hash";

const event: AuditFields = {
  at: new Date("2026-11-26T00:00:00Z"),
  actorId: "a1",
  actorName: "yzk",
  action: "login.success",
  objectType: "account",
  objectId: "a1",
  detail: { b: 1, a: [2, { d: 3, c: 4 }] },
  ip: null,
};

describe("audit hash chain", () => {
  it("serialises objects with sorted keys", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });
  it("is stable for the same event and predecessor", () => {
    expect(chainHash("p", event)).toBe(chainHash("p", { ...event, detail: { a: [2, { c: 4, d: 3 }], b: 1 } }));
  });
  it("changes when any field or the predecessor changes", () => {
    const base = chainHash("p", event);
    expect(chainHash("q", event)).not.toBe(base);
    expect(chainHash(null, event)).not.toBe(base);
    expect(chainHash("p", { ...event, actorName: "xck" })).not.toBe(base);
    expect(chainHash("p", { ...event, detail: { b: 2, a: [2, { d: 3, c: 4 }] } })).not.toBe(base);
  });
});
