import { describe, expect, it } from "vitest";
import { db, ownerDb } from "@/test/integration/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAuditNow } from "@/lib/audit/record";

const newAccount = (username: string, sectionId: string, roles: Role[]) =>
  db().account.create({ data: { username, displayName: username, sectionId, roles, passwordHash: "x" } });

describe("rules the database keeps itself", () => {
  it("refuses a second publishing account for a bureau section (Art. 16)", async () => {
    await expect(newAccount("yzk2", "yzk", ["publisher"])).rejects.toThrow(/accounts_one_publisher_per_section|Unique constraint/);
  });

  it("refuses a publishing account for a county bureau or an affiliated unit (Art. 16)", async () => {
    await expect(newAccount("rcq-pub", "rcq", ["publisher"])).rejects.toThrow(/ART16_PUBLISHER_SECTION/);
    await expect(newAccount("wsjds-pub", "wsjds", ["publisher"])).rejects.toThrow(/ART16_PUBLISHER_SECTION/);
    const reporter = await db().account.findUniqueOrThrow({ where: { username: "rcq-xxy" } });
    await expect(db().account.update({ where: { id: reporter.id }, data: { roles: ["reporter", "publisher"] } })).rejects.toThrow(/ART16_PUBLISHER_SECTION/);
  });

  it("refuses turning a section with a publishing account into a unit", async () => {
    await expect(db().section.update({ where: { id: "yzk" }, data: { kind: "affiliated_unit" } })).rejects.toThrow(/ART16_PUBLISHER_SECTION/);
  });

  it("allows a non-publishing account in a bureau section", async () => {
    const a = await newAccount("yzk-staff", "yzk", ["section_chief"]);
    expect(a.roles).toEqual(["section_chief"]);
  });

  it("refuses an account holding two of the three administrator roles", async () => {
    await expect(newAccount("admin2", "xxtjk", ["sysadmin", "auditor"])).rejects.toThrow(/accounts_admin_roles_separated/);
    await expect(newAccount("admin3", "xxtjk", ["secadmin", "sysadmin"])).rejects.toThrow(/accounts_admin_roles_separated/);
    await expect(newAccount("admin4", "xxtjk", ["secadmin", "auditor"])).rejects.toThrow(/accounts_admin_roles_separated/);
  });

  it("refuses to update or delete an audit event", async () => {
    // Appended through the chain, so that the run's audit trail stays verifiable for other files.
    await recordAuditNow(db(), { actorName: "t", action: "test.constraints", objectType: "test" });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "test.constraints" }, orderBy: { id: "desc" } });
    // The app's role has no UPDATE, DELETE or TRUNCATE right; the owner meets the trigger.
    for (const [client, refusal] of [[db(), /permission denied/], [ownerDb(), /append-only/]] as const) {
      await expect(client.auditEvent.update({ where: { id: event.id }, data: { action: "changed" } })).rejects.toThrow(refusal);
      await expect(client.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(refusal);
      await expect(client.$executeRawUnsafe("TRUNCATE audit_events")).rejects.toThrow(refusal);
    }
  });
});
