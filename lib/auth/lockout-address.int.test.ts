import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { db } from "@/test/integration/db";
import { hashPassword } from "./password";
import { BAD_CREDENTIALS, accountLockedMessage, accountSlowdownMs, rateLimitedMessage, verifyLogin } from "./login";

// Issue 15 items 4 and 7: the lock is per account and address, guesses from many addresses
// slow the account down instead of locking its owner out, and a name without an account
// answers exactly like a real one in every case.
let n = 0;
const addr = () => `10.8.${Math.floor(++n / 250)}.${n % 250}`;
const noWait = { wait: async () => {} };

async function freshAccount(username: string) {
  const section = await db().section.findFirstOrThrow({ where: { kind: "bureau_section" } });
  return db().account.create({ data: { username, displayName: username, sectionId: section.id, roles: ["section_chief"], passwordHash: await hashPassword(DEMO_PASSWORD) } });
}
const message = (r: Awaited<ReturnType<typeof verifyLogin>>) => (r.ok ? "ok" : r.message);

describe("lock per account and address", () => {
  it("five failures from five addresses do not lock the owner out, and each address still locks after 5", async () => {
    await freshAccount("owner-a");
    const t0 = new Date();
    for (let i = 0; i < 5; i++) expect(message(await verifyLogin(db(), "owner-a", "Wrong@2016", addr(), t0, noWait))).toBe(BAD_CREDENTIALS);
    expect(await verifyLogin(db(), "owner-a", DEMO_PASSWORD, addr(), t0, noWait)).toMatchObject({ ok: true });

    const attacker = addr();
    for (let i = 0; i < 5; i++) await verifyLogin(db(), "owner-a", "Wrong@2016", attacker, t0, noWait);
    expect(message(await verifyLogin(db(), "owner-a", DEMO_PASSWORD, attacker, t0, noWait))).toBe(accountLockedMessage(30));
    // The owner, from an address that has not failed, still gets in.
    expect(await verifyLogin(db(), "owner-a", DEMO_PASSWORD, addr(), t0, noWait)).toMatchObject({ ok: true });
  });

  it("slows every attempt at the account down once it has been guessed at 5 times from anywhere", async () => {
    await freshAccount("owner-b");
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    const t0 = new Date();
    for (let i = 0; i < 7; i++) await verifyLogin(db(), "owner-b", "Wrong@2016", addr(), t0, { wait });
    expect(waits).toEqual([accountSlowdownMs(5, 5), accountSlowdownMs(6, 5)]);
    expect(waits).toEqual([1000, 2000]);
    await verifyLogin(db(), "owner-b", DEMO_PASSWORD, addr(), t0, { wait });
    expect(waits.at(-1)).toBe(4000);
    expect(accountSlowdownMs(50, 5)).toBe(10_000);
  });
});

describe("no username enumeration", () => {
  it("an existing and a non-existent name get identical answers through lock and per-address limit", async () => {
    await freshAccount("enum-real");
    const ghost = `enum-ghost-${Date.now().toString(36)}`;
    const a = addr();
    const b = addr();
    const t0 = new Date();
    const real: string[] = [];
    const fake: string[] = [];
    // Address a: through the lock at 5 and on to the per-address limit at 30 failures.
    for (let i = 0; i < 18; i++) {
      real.push(message(await verifyLogin(db(), "enum-real", "Wrong@2016", a, t0, noWait)));
      fake.push(message(await verifyLogin(db(), ghost, "Wrong@2016", a, t0, noWait)));
    }
    // Address b: fresh, after both names were guessed at elsewhere.
    for (let i = 0; i < 6; i++) {
      real.push(message(await verifyLogin(db(), "enum-real", "Wrong@2016", b, t0, noWait)));
      fake.push(message(await verifyLogin(db(), ghost, "Wrong@2016", b, t0, noWait)));
    }
    expect(fake).toEqual(real);
    expect(real).toContain(accountLockedMessage(30));
    expect(real).toContain(rateLimitedMessage(15));
    expect(real.slice(0, 5)).toEqual(Array(5).fill(BAD_CREDENTIALS));
    // After the window, both names answer as before at address a.
    const later = new Date(t0.getTime() + 31 * 60_000);
    expect(message(await verifyLogin(db(), ghost, "Wrong@2016", a, later, noWait))).toBe(message(await verifyLogin(db(), "enum-real", "Wrong@2016", a, later, noWait)));
  });
});
