import { describe, expect, it } from "vitest";
import { chainHash } from "@/lib/audit/hash";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { db } from "@/test/integration/db";
import { ACCOUNT_DISABLED, BAD_CREDENTIALS, verifyLogin } from "./login";

describe("verifyLogin", () => {
  it("signs in a section account with its section and roles", async () => {
    const r = await verifyLogin(db(), "yzk", DEMO_PASSWORD);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.actor).toMatchObject({ username: "yzk", sectionId: "yzk", sectionName: "医政科", roles: ["publisher"] });
  });

  it("gives one Chinese message for a wrong password and an unknown user", async () => {
    const wrong = await verifyLogin(db(), "yzk", "Wrong@2016");
    const unknown = await verifyLogin(db(), "nobody", "Wrong@2016");
    expect(wrong).toEqual({ ok: false, message: BAD_CREDENTIALS });
    expect(unknown).toEqual(wrong);
    expect(BAD_CREDENTIALS).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("refuses a disabled account even with the right password", async () => {
    await db().account.update({ where: { username: "rsk" }, data: { disabled: true } });
    expect(await verifyLogin(db(), "rsk", DEMO_PASSWORD)).toEqual({ ok: false, message: ACCOUNT_DISABLED });
    await db().account.update({ where: { username: "rsk" }, data: { disabled: false } });
    expect((await verifyLogin(db(), "rsk", DEMO_PASSWORD)).ok).toBe(true);
  });

  it("records every login, success or failure, in an unbroken hash chain", async () => {
    const before = await db().auditEvent.count({ where: { action: { startsWith: "login." } } });
    await verifyLogin(db(), "xck", DEMO_PASSWORD);
    await verifyLogin(db(), "xck", "nope");
    const events = await db().auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.filter((e) => e.action.startsWith("login.")).length).toBe(before + 2);
    expect(events.at(-1)).toMatchObject({ action: "login.failure", actorName: "xck" });
    // Every event chained by recordAudit verifies against its predecessor.
    const chained = events.filter((e) => e.action.startsWith("login."));
    for (const e of chained) {
      const fields = { at: e.at, actorId: e.actorId, actorName: e.actorName, action: e.action, objectType: e.objectType, objectId: e.objectId, detail: e.detail, ip: e.ip };
      expect(e.hash).toBe(chainHash(e.prevHash, fields));
    }
  });
});
