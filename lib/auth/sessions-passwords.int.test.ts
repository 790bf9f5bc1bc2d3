import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { db } from "@/test/integration/db";
import { changeOwnPassword, resetPassword, setAccountDisabled, unlockAccount } from "./accounts";
import { accountLockedMessage, verifyLogin, type Actor } from "./login";
import { hashPassword } from "./password";
import { revokeSessions } from "./revoke";

// Issue 15 item 10 (sessions revoked, the change form locks like login) and item 15
// (common passwords and the last 5 passwords refused).
let n = 0;
const ip = () => `10.9.1.${++n}`;

async function fresh(username: string): Promise<Actor> {
  const a = await db().account.create({ data: { username, displayName: username, sectionId: "yzk", roles: ["section_chief"], passwordHash: await hashPassword(DEMO_PASSWORD) }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}
async function sysadmin(): Promise<Actor> {
  const a = await db().account.findUniqueOrThrow({ where: { username: "sysadmin" }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}
const version = async (id: string) => (await db().account.findUniqueOrThrow({ where: { id } })).sessionVersion;

describe("session revocation", () => {
  it("sign-out, password change, disable and reset each raise the session version that every session carries", async () => {
    const me = await fresh("sv-a");
    const login = await verifyLogin(db(), "sv-a", DEMO_PASSWORD, ip());
    expect(login).toMatchObject({ ok: true, sessionVersion: 0 });
    await revokeSessions(db(), me.id);
    expect(await version(me.id)).toBe(1);
    expect(await changeOwnPassword(db(), me, DEMO_PASSWORD, "Fresh#2026abc", ip())).toBe(2);
    const sys = await sysadmin();
    await setAccountDisabled(db(), sys, me.id, true);
    expect(await version(me.id)).toBe(3);
    await setAccountDisabled(db(), sys, me.id, false);
    await resetPassword(db(), sys, me.id, "Temp#2026ab");
    expect(await version(me.id)).toBe(5);
    expect(await verifyLogin(db(), "sv-a", "Temp#2026ab", ip())).toMatchObject({ ok: true, sessionVersion: 5 });
  });
});

describe("the password change form locks like login", () => {
  it("refuses even the right current password after 5 wrong ones from this address, until sysadmin unlocks", async () => {
    const me = await fresh("pwlock-a");
    const addr = ip();
    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(db(), me, "Wrong#2026zz", "Fresh#2026abc", addr)).rejects.toThrow(/当前密码不正确/);
    await expect(changeOwnPassword(db(), me, DEMO_PASSWORD, "Fresh#2026abc", addr)).rejects.toThrow(accountLockedMessage(30));
    // The same lock holds on the login page from that address.
    expect(await verifyLogin(db(), "pwlock-a", DEMO_PASSWORD, addr, new Date(), { wait: async () => {} })).toEqual({ ok: false, message: accountLockedMessage(30) });
    expect(await db().auditEvent.count({ where: { action: "password.change_failure", objectId: me.id } })).toBe(5);
    // sysadmin's unlock lifts it.
    await unlockAccount(db(), await sysadmin(), me.id);
    await changeOwnPassword(db(), me, DEMO_PASSWORD, "Fresh#2026abc", addr);
  });
});

describe("password policy: common and recent passwords", () => {
  it("refuses Password1, Abcdefg1 and other listed passwords", async () => {
    const me = await fresh("common-a");
    for (const pw of ["Password1", "Abcdefg1", "P@ssw0rd", "Qwerty123"]) {
      await expect(changeOwnPassword(db(), me, DEMO_PASSWORD, pw, ip()), pw).rejects.toThrow(/常见弱密码/);
    }
    const sys = await sysadmin();
    await expect(resetPassword(db(), sys, me.id, "Password1")).rejects.toThrow(/常见弱密码/);
  });

  it("refuses the current password and the 4 before it, and accepts the 6th back", async () => {
    const me = await fresh("hist-a");
    const pw = ["Hist#2026aa1", "Hist#2026aa2", "Hist#2026aa3", "Hist#2026aa4", "Hist#2026aa5"];
    let current = DEMO_PASSWORD;
    for (const next of pw) {
      await changeOwnPassword(db(), me, current, next, ip());
      current = next;
    }
    // Last 5: DEMO_PASSWORD is now 6 back; pw[0..4] are the last 5.
    for (const old of pw) await expect(changeOwnPassword(db(), me, current, old, ip()), old).rejects.toThrow(/最近4次使用过的密码/);
    await changeOwnPassword(db(), me, current, DEMO_PASSWORD, ip());
    expect(await db().passwordHistory.count({ where: { accountId: me.id } })).toBe(6);
  });

  it("remembers a password replaced by an administrator's reset", async () => {
    const me = await fresh("hist-b");
    await resetPassword(db(), await sysadmin(), me.id, "Temp#2026ab");
    await expect(changeOwnPassword(db(), me, "Temp#2026ab", DEMO_PASSWORD, ip())).rejects.toThrow(/最近4次使用过的密码/);
  });
});
