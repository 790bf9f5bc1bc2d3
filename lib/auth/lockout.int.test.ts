import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { db } from "@/test/integration/db";
import { hashPassword } from "./password";
import { BAD_CREDENTIALS, accountLockedMessage, rateLimitedMessage, verifyLogin } from "./login";
import { unlockAccount } from "./accounts";

const min = 60_000;
let n = 0;
// Each test uses its own address, so the per-IP limit of one test does not touch another.
const ip = () => `10.7.0.${++n}`;

async function freshAccount(username: string) {
  const section = await db().section.findFirstOrThrow({ where: { kind: "bureau_section" } });
  return db().account.create({ data: { username, displayName: username, sectionId: section.id, roles: ["section_chief"], passwordHash: await hashPassword(DEMO_PASSWORD) } });
}
async function sysadmin() {
  const a = await db().account.findUniqueOrThrow({ where: { username: "sysadmin" }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}

describe("lockout after 5 failed logins", () => {
  it("refuses even the right password once locked, and unlocks after 30 minutes", async () => {
    await freshAccount("lock-a");
    const addr = ip();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) expect(await verifyLogin(db(), "lock-a", "Wrong@2016", addr, t0)).toEqual({ ok: false, message: BAD_CREDENTIALS });
    const locked = await verifyLogin(db(), "lock-a", DEMO_PASSWORD, addr, new Date(t0.getTime() + 1000));
    expect(locked).toEqual({ ok: false, message: accountLockedMessage(30) });
    expect(accountLockedMessage(30)).toMatch(/账号已锁定，请30分钟后再试/);
    expect(await verifyLogin(db(), "lock-a", DEMO_PASSWORD, addr, new Date(t0.getTime() + 29 * min))).toMatchObject({ ok: false });
    expect(await verifyLogin(db(), "lock-a", DEMO_PASSWORD, addr, new Date(t0.getTime() + 31 * min))).toMatchObject({ ok: true });
    const events = await db().auditEvent.findMany({ where: { actorName: "lock-a" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toContain("account.locked");
    expect(events.filter((e) => e.action === "login.failure").at(-1)?.detail).toEqual({ reason: "locked" });
  });

  it("is lifted by sysadmin at once", async () => {
    const account = await freshAccount("lock-b");
    const addr = ip();
    for (let i = 0; i < 5; i++) await verifyLogin(db(), "lock-b", "Wrong@2016", addr);
    expect(await verifyLogin(db(), "lock-b", DEMO_PASSWORD, addr)).toMatchObject({ ok: false, message: accountLockedMessage(30) });
    await unlockAccount(db(), await sysadmin(), account.id);
    expect(await verifyLogin(db(), "lock-b", DEMO_PASSWORD, addr)).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: "account.unlock", objectId: account.id } })).toBe(1);
  });

  it("counts a success as a fresh start", async () => {
    await freshAccount("lock-c");
    const addr = ip();
    for (let i = 0; i < 4; i++) await verifyLogin(db(), "lock-c", "Wrong@2016", addr);
    expect(await verifyLogin(db(), "lock-c", DEMO_PASSWORD, addr)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await verifyLogin(db(), "lock-c", "Wrong@2016", addr);
    expect(await verifyLogin(db(), "lock-c", DEMO_PASSWORD, addr)).toMatchObject({ ok: true });
  });

  it("treats an unknown username exactly like a real one", async () => {
    const addr = ip();
    const real: string[] = [];
    const ghost: string[] = [];
    await freshAccount("lock-d");
    for (let i = 0; i < 6; i++) {
      real.push(((await verifyLogin(db(), "lock-d", "Wrong@2016", addr)) as { message: string }).message);
      ghost.push(((await verifyLogin(db(), "no-such-user", "Wrong@2016", addr)) as { message: string }).message);
    }
    expect(ghost).toEqual(real);
    expect(real.at(-1)).toBe(accountLockedMessage(30));
  });

  it("follows the policy secadmin set, at once", async () => {
    await db().securitySetting.upsert({ where: { key: "policy" }, create: { key: "policy", value: { maxFailedLogins: 3, lockoutMinutes: 10 } }, update: { value: { maxFailedLogins: 3, lockoutMinutes: 10 } } });
    try {
      await freshAccount("lock-e");
      const addr = ip();
      for (let i = 0; i < 3; i++) await verifyLogin(db(), "lock-e", "Wrong@2016", addr);
      expect(await verifyLogin(db(), "lock-e", DEMO_PASSWORD, addr)).toEqual({ ok: false, message: accountLockedMessage(10) });
    } finally {
      await db().securitySetting.delete({ where: { key: "policy" } });
    }
  });
});

describe("login rate limit per address", () => {
  it("refuses every login from an address after too many failures, whatever the username", async () => {
    const addr = ip();
    const t0 = new Date();
    for (let i = 0; i < 30; i++) await verifyLogin(db(), `spray-${i}`, "Wrong@2016", addr, t0);
    expect(await verifyLogin(db(), "yzk", DEMO_PASSWORD, addr, t0)).toEqual({ ok: false, message: rateLimitedMessage(15) });
    // Another address is not affected, and the window passes.
    expect(await verifyLogin(db(), "yzk", DEMO_PASSWORD, ip(), t0)).toMatchObject({ ok: true });
    expect(await verifyLogin(db(), "yzk", DEMO_PASSWORD, addr, new Date(t0.getTime() + 16 * min))).toMatchObject({ ok: true });
  });

  it("has no shared bucket for attempts without an address, so nobody can lock everyone out", async () => {
    const t0 = new Date();
    for (let i = 0; i < 31; i++) await verifyLogin(db(), `noip-${i}`, "Wrong@2016", null, t0);
    expect(await verifyLogin(db(), "yzk", DEMO_PASSWORD, null, t0)).toMatchObject({ ok: true });
  });
});

describe("forced password change", () => {
  it("asks for a change of a temporary or expired password", async () => {
    const a = await freshAccount("pw-a");
    expect(await verifyLogin(db(), "pw-a", DEMO_PASSWORD, ip())).toMatchObject({ ok: true, passwordChange: null });
    await db().account.update({ where: { id: a.id }, data: { mustChangePassword: true } });
    expect(await verifyLogin(db(), "pw-a", DEMO_PASSWORD, ip())).toMatchObject({ ok: true, passwordChange: "temporary" });
    await db().account.update({ where: { id: a.id }, data: { mustChangePassword: false, passwordChangedAt: new Date(Date.now() - 91 * 24 * 60 * min) } });
    expect(await verifyLogin(db(), "pw-a", DEMO_PASSWORD, ip())).toMatchObject({ ok: true, passwordChange: "expired" });
  });
});
