import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/login";
import { db, ownerDb } from "@/test/integration/db";
import { recordPersonalDataView } from "./personal-data";
import { auditFilterSchema, exportAuditCsv, listAuditEvents } from "./query";
import { recordAuditNow } from "./record";
import { verifyAuditChain } from "./verify";

async function actorOf(username: string): Promise<Actor> {
  const a = await db().account.findUniqueOrThrow({ where: { username }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}

describe("the audit trail", () => {
  it("refuses an update or a delete through Prisma, to the app's role and to the owner", async () => {
    await recordAuditNow(db(), { actorName: "test", action: "test.append_only", objectType: "test" });
    const last = await db().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    for (const [client, refusal] of [[db(), /permission denied/], [ownerDb(), /append-only/]] as const) {
      await expect(client.auditEvent.update({ where: { id: last.id }, data: { actorName: "mallory" } })).rejects.toThrow(refusal);
      await expect(client.auditEvent.delete({ where: { id: last.id } })).rejects.toThrow(refusal);
      await expect(client.auditEvent.deleteMany({})).rejects.toThrow(refusal);
      await expect(client.$executeRawUnsafe('TRUNCATE "audit_events"')).rejects.toThrow(refusal);
    }
    expect((await db().auditEvent.findUniqueOrThrow({ where: { id: last.id } })).actorName).toBe("test");
  });

  it("verifies an intact chain, and finds a row tampered with by someone with database access", async () => {
    await recordAuditNow(db(), { actorName: "test", action: "test.tamper_target", objectType: "test", detail: { amount: 1 } });
    await recordAuditNow(db(), { actorName: "test", action: "test.after", objectType: "test" });
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
    const target = await db().auditEvent.findFirstOrThrow({ where: { action: "test.tamper_target" }, orderBy: { id: "desc" } });
    const rollback = new Error("rollback");
    // The attacker (the database owner) switches the triggers off; rolled back so that later tests see the intact chain.
    await expect(
      ownerDb().$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
        await tx.$executeRaw`UPDATE "audit_events" SET "detail" = '{"amount": 1000}' WHERE id = ${target.id}`;
        expect(await verifyAuditChain(tx)).toEqual({ ok: false, checked: expect.any(Number), brokenAt: target.id, reason: "hash_mismatch" });
        // Recomputing the row's own hash does not help: the next row no longer links to it.
        await tx.$executeRaw`UPDATE "audit_events" SET "hash" = 'forged' WHERE id = ${target.id}`;
        const r = await verifyAuditChain(tx);
        expect(r.ok).toBe(false);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    // A deleted row breaks the link of its successor.
    await expect(
      ownerDb().$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
        await tx.$executeRaw`DELETE FROM "audit_events" WHERE id = ${target.id}`;
        const r = await verifyAuditChain(tx);
        expect(r).toMatchObject({ ok: false, reason: "prev_mismatch" });
        if (!r.ok) expect(r.brokenAt).toBeGreaterThan(target.id);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it("lets only the auditor list and export events, filtered by actor, action, object and time", async () => {
    const auditor = await actorOf("auditor");
    const staff = await actorOf("yzk");
    await recordPersonalDataView(db(), staff, { objectType: "letter", objectId: "letter-42", fields: ["姓名", "联系电话"] });
    const filter = auditFilterSchema.parse({ actor: "yzk", action: "personal_data", object: "letter-42", from: "2000-01-01", to: "2999-12-31" });
    const { total, events } = await listAuditEvents(db(), auditor, filter);
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({ actorName: "yzk", action: "personal_data.view", objectId: "letter-42", detail: { fields: ["姓名", "联系电话"] } });
    expect((await listAuditEvents(db(), auditor, auditFilterSchema.parse({ object: "letter-42", to: "2000-01-01" }))).total).toBe(0);

    const csv = await exportAuditCsv(db(), auditor, filter);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("编号,时间,操作人,操作,对象类型,对象,详情,IP,哈希");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("personal_data.view");

    for (const name of ["sysadmin", "secadmin", "yzk"]) {
      const other = await actorOf(name);
      await expect(listAuditEvents(db(), other, filter)).rejects.toThrow(/没有执行此操作的权限/);
      await expect(exportAuditCsv(db(), other, filter)).rejects.toThrow(/没有执行此操作的权限/);
    }
  });

  it("neutralises spreadsheet formulas in the CSV", async () => {
    await recordAuditNow(db(), { actorName: "=HYPERLINK(\"http://x\")", action: "test.csv", objectType: "test", objectId: "csv-1" });
    const csv = await exportAuditCsv(db(), await actorOf("auditor"), auditFilterSchema.parse({ object: "csv-1" }));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
