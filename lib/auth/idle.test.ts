import { describe, expect, it } from "vitest";
import type { Actor } from "./login";
import { touchToken } from "./idle";

const actor: Actor = { id: "a", username: "yzk", displayName: "医政科", sectionId: "yzk", sectionName: "医政科", roles: ["publisher"] };
const t0 = Date.parse("2026-11-26T08:00:00Z");
const min = 60_000;

describe("idle logout", () => {
  it("keeps an active session and moves lastSeen forward", () => {
    const token = touchToken({ actor, lastSeen: t0 }, t0 + 29 * min, 30);
    expect(token.actor).toEqual(actor);
    expect(token.lastSeen).toBe(t0 + 29 * min);
    // Activity every 29 minutes keeps it alive indefinitely.
    expect(touchToken(token, t0 + 58 * min, 30).actor).toEqual(actor);
  });
  it("signs out a session idle for longer than the policy", () => {
    const token = touchToken({ actor, lastSeen: t0 }, t0 + 31 * min, 30);
    expect(token.actor).toBeUndefined();
    expect(token.idleExpired).toBe(true);
  });
  it("follows a changed policy at once", () => {
    expect(touchToken({ actor, lastSeen: t0 }, t0 + 11 * min, 10).actor).toBeUndefined();
    expect(touchToken({ actor, lastSeen: t0 }, t0 + 11 * min, 60).actor).toEqual(actor);
  });
  it("starts the clock for a new token", () => {
    expect(touchToken({ actor }, t0, 30)).toMatchObject({ actor, lastSeen: t0 });
  });
});
