import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/test/integration/db";
import type { Actor } from "./login";
import { authOptions } from "./options";

const actor: Actor = { id: "a", username: "yzk", displayName: "医政科", sectionId: "yzk", sectionName: "医政科", roles: ["publisher"] };
const jwt = (token: Record<string, unknown>) =>
  (authOptions.callbacks!.jwt as (p: { token: Record<string, unknown> }) => Promise<Record<string, unknown>>)({ token });

beforeEach(async () => {
  await db().securitySetting.deleteMany({ where: { key: "policy" } });
});

afterEach(async () => {
  vi.useRealTimers();
  await db().securitySetting.deleteMany({ where: { key: "policy" } });
});

describe("idle logout in the next-auth jwt callback", () => {
  it("drops the actor of a session idle for longer than the stored policy, and keeps an active one", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = Date.parse("2026-11-26T08:00:00Z");
    vi.setSystemTime(t0 + 29 * 60_000);
    expect((await jwt({ actor, lastSeen: t0 })).actor).toEqual(actor);
    vi.setSystemTime(t0 + 31 * 60_000);
    expect((await jwt({ actor, lastSeen: t0 })).actor).toBeUndefined();

    // secadmin lengthens the idle time: effective at the next request.
    await db().securitySetting.upsert({ where: { key: "policy" }, create: { key: "policy", value: { idleTimeoutMinutes: 60 } }, update: { value: { idleTimeoutMinutes: 60 } } });
    const kept = await jwt({ actor, lastSeen: t0 });
    expect(kept).toMatchObject({ actor, lastSeen: t0 + 31 * 60_000 });
  });
});
