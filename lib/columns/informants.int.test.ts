// Art. 4: the 信息员 register. Only the system administrator changes it; every change is audited;
// the column table shows each column's responsible section with its 信息员.
import { afterAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/form-engine/test-actors";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { SECTIONS } from "@/prisma/seed/organisation";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { informantRegister, informantsBySection, setInformant } from "./informants";

describe("the 信息员 register (Art. 4)", () => {
  const seeded: { sectionId: string; name: string; officePhone: string }[] = [];
  afterAll(async () => {
    for (const s of seeded) await db().informant.update({ where: { sectionId: s.sectionId }, data: { name: s.name, officePhone: s.officePhone } });
  });

  it("names a 信息员 for every section, county bureau and unit, and none for 局领导", async () => {
    // The seeded organisation: other test files add sections of their own to the shared database.
    const seededIds = new Set(SECTIONS.map((s) => s.id));
    const register = (await informantRegister(db())).filter((s) => seededIds.has(s.id));
    expect(register.length).toBe(15);
    expect(register.every((s) => s.informant !== null)).toBe(true);
    expect(register.map((s) => s.kind)).not.toContain("leadership");
    expect(new Set(register.map((s) => s.kind))).toEqual(new Set(["bureau_section", "county_bureau", "affiliated_unit"]));
  });

  it("lets sysadmin change an entry, audited with before and after", async () => {
    const before = await db().informant.findUniqueOrThrow({ where: { sectionId: "rsk" } });
    seeded.push(before);
    const auditBefore = await db().auditEvent.count({ where: { action: "informant.set", objectId: "rsk" } });
    const message = await setInformant(db(), await actorOf(db(), "sysadmin"), { sectionId: "rsk", name: " 林小红 ", officePhone: "0663-8229999" });
    expect(message).toContain("人事科");
    expect(await db().informant.findUniqueOrThrow({ where: { sectionId: "rsk" } })).toMatchObject({ name: "林小红", officePhone: "0663-8229999" });
    const events = await db().auditEvent.findMany({ where: { action: "informant.set", objectId: "rsk" }, orderBy: { id: "desc" } });
    expect(events.length).toBe(auditBefore + 1);
    expect(events[0]).toMatchObject({ actorName: "系统管理员", objectType: "informant" });
    expect(events[0]!.detail).toMatchObject({ before: { name: before.name, officePhone: before.officePhone }, after: { name: "林小红", officePhone: "0663-8229999" } });
    // Shown with the columns 人事科 keeps.
    expect((await informantsBySection(db())).rsk).toEqual({ name: "林小红", officePhone: "0663-8229999" });
  });

  it("refuses every other account, and no session, leaving the register and the audit trail as they were", async () => {
    const before = await db().informant.findUniqueOrThrow({ where: { sectionId: "yzk" } });
    const audits = await db().auditEvent.count({ where: { action: "informant.set" } });
    const others = DEMO_ACCOUNTS.filter((a) => a.username !== "sysadmin").map((a) => a.username);
    expect(others).toEqual(expect.arrayContaining(["secadmin", "auditor", "xxtjk", "xxtjk-kz", "bgs-kz", "jz", "yzk", "rcq-xxy"]));
    for (const u of others) {
      const err = await refusal(setInformant(db(), await actorOf(db(), u), { sectionId: "yzk", name: "冒名", officePhone: "0663-8000000" }));
      expect(err.code, u).toBe("forbidden");
    }
    expect((await refusal(setInformant(db(), null, { sectionId: "yzk", name: "匿名", officePhone: "0663-8000000" }))).code).toBe("forbidden");
    expect(await db().informant.findUniqueOrThrow({ where: { sectionId: "yzk" } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: "informant.set" } })).toBe(audits);
  });

  it("says what is wrong with bad input, and refuses 局领导 or an unknown section", async () => {
    const sysadmin = await actorOf(db(), "sysadmin");
    expect((await refusal(setInformant(db(), sysadmin, { sectionId: "yzk", name: "", officePhone: "abc" }))).userMessage).toMatch(/姓名须填写.*办公电话格式不正确/);
    expect((await refusal(setInformant(db(), sysadmin, { sectionId: "ld", name: "某人", officePhone: "0663-8222222" }))).userMessage).toContain("请选择科室");
    expect((await refusal(setInformant(db(), sysadmin, { sectionId: "nope", name: "某人", officePhone: "0663-8222222" }))).code).toBe("invalid");
  });
});
