import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { updateClassifiedKeywords, updatePolicy } from "@/lib/security/settings";
import { DEFAULT_POLICY, getPolicy } from "@/lib/security/policy";
import { DEFAULT_CLASSIFIED_KEYWORDS, getClassifiedKeywords } from "@/lib/security/keywords";
import { db } from "@/test/integration/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { proposeAccountChange } from "./admin-proposals";
import { changeOwnPassword, createAccount, resetPassword, setAccountDisabled, transferPublisher, unlockAccount } from "./accounts";
import { verifyLogin, type Actor } from "./login";
import { hashPassword } from "./password";

async function actorOf(username: string): Promise<Actor> {
  const a = await db().account.findUniqueOrThrow({ where: { username }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}
const TEMP = "Temp#2026ab";

describe("accounts run by sysadmin", () => {
  it("creates an account whose temporary password must be changed at first login", async () => {
    const sys = await actorOf("sysadmin");
    const id = await createAccount(db(), sys, { username: "yzk-new", displayName: "新科员", sectionId: "yzk", roles: ["section_chief"], tempPassword: TEMP });
    expect(await verifyLogin(db(), "yzk-new", TEMP)).toMatchObject({ ok: true, passwordChange: "temporary" });
    const me = await actorOf("yzk-new");
    await expect(changeOwnPassword(db(), me, "wrong", "Better#2026x")).rejects.toThrow(/当前密码不正确/);
    await expect(changeOwnPassword(db(), me, TEMP, "short")).rejects.toThrow(/至少需要8位/);
    await expect(changeOwnPassword(db(), me, TEMP, TEMP)).rejects.toThrow(/不能与当前密码或最近4次使用过的密码相同/);
    await changeOwnPassword(db(), me, TEMP, "Better#2026x");
    expect(await verifyLogin(db(), "yzk-new", "Better#2026x")).toMatchObject({ ok: true, passwordChange: null });
    const actions = (await db().auditEvent.findMany({ where: { objectId: id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account.create", "account.change_password"]));
  });

  it("refuses a temporary password that breaks the policy", async () => {
    await expect(
      createAccount(db(), await actorOf("sysadmin"), { username: "weak-one", displayName: "弱", sectionId: "yzk", roles: ["section_chief"], tempPassword: "abcdefgh" }),
    ).rejects.toThrow(/临时密码不符合密码策略/);
  });

  it("disables, re-enables and resets the password of an account", async () => {
    const sys = await actorOf("sysadmin");
    const chief = await db().account.create({ data: { username: "rsk-kz2", displayName: "人事科副科长", sectionId: "rsk", roles: ["section_chief"], passwordHash: await hashPassword(DEMO_PASSWORD) } });
    await setAccountDisabled(db(), sys, chief.id, true);
    expect(await verifyLogin(db(), "rsk-kz2", DEMO_PASSWORD)).toMatchObject({ ok: false, message: expect.stringMatching(/已停用/) });
    await setAccountDisabled(db(), sys, chief.id, false);
    await resetPassword(db(), sys, chief.id, TEMP);
    expect(await verifyLogin(db(), "rsk-kz2", DEMO_PASSWORD)).toMatchObject({ ok: false });
    expect(await verifyLogin(db(), "rsk-kz2", TEMP)).toMatchObject({ ok: true, passwordChange: "temporary" });
    const actions = (await db().auditEvent.findMany({ where: { objectId: chief.id, actorName: "sysadmin" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account.disable", "account.enable", "account.reset_password"]));
  });

  it("keeps exactly one publishing account per bureau section", async () => {
    const sys = await actorOf("sysadmin");
    // A section of its own, so that the demo publishers other tests use stay as they are.
    await db().section.create({ data: { id: "t-pub", name: "测试科", kind: "bureau_section" } });
    const publisher = await db().account.create({ data: { username: "t-pub", displayName: "测试科", sectionId: "t-pub", roles: ["publisher"], passwordHash: "x" } });
    await db().account.create({ data: { username: "t-pub-kz", displayName: "测试科科长", sectionId: "t-pub", roles: ["section_chief"], passwordHash: "x" } });
    await expect(createAccount(db(), sys, { username: "jkk-2", displayName: "第二", sectionId: publisher.sectionId, roles: ["publisher"], tempPassword: TEMP })).rejects.toThrow(/已有发布账号/);
    await expect(setAccountDisabled(db(), sys, publisher.id, true)).rejects.toThrow(/请先将发布账号移交/);
    // The database refuses both ways round, whatever the path.
    await expect(db().account.update({ where: { id: publisher.id }, data: { roles: [] } })).rejects.toThrow(/ART16_SECTION_NEEDS_PUBLISHER/);
    const chief = await db().account.findFirstOrThrow({ where: { sectionId: publisher.sectionId, roles: { has: "section_chief" } } });
    await expect(db().account.update({ where: { id: chief.id }, data: { roles: { push: "publisher" } } })).rejects.toThrow();
    // A hand-over in one transaction is allowed.
    const deputy = await createAccount(db(), sys, { username: "t-pub-next", displayName: "接任信息员", sectionId: publisher.sectionId, roles: ["section_chief"], tempPassword: TEMP });
    await transferPublisher(db(), sys, publisher.id, deputy);
    expect((await db().account.findUniqueOrThrow({ where: { id: deputy } })).roles).toContain("publisher");
    expect((await db().account.findUniqueOrThrow({ where: { id: publisher.id } })).roles).not.toContain("publisher");
    await setAccountDisabled(db(), sys, publisher.id, true);
    await transferPublisher(db(), sys, deputy, publisher.id).catch(() => undefined); // disabled: refused
    expect((await db().account.findUniqueOrThrow({ where: { id: deputy } })).roles).toContain("publisher");
  });

  it("gives county bureaus and units reporter accounts only", async () => {
    const sys = await actorOf("sysadmin");
    const county = await db().section.findFirstOrThrow({ where: { kind: "county_bureau" } });
    await expect(createAccount(db(), sys, { username: "cty-pub", displayName: "县", sectionId: county.id, roles: ["publisher"], tempPassword: TEMP })).rejects.toThrow(/不设发布账号/);
    await expect(createAccount(db(), sys, { username: "cty-kz", displayName: "县", sectionId: county.id, roles: ["section_chief"], tempPassword: TEMP })).rejects.toThrow(/只能报送资料/);
    await expect(createAccount(db(), sys, { username: "yzk-rep", displayName: "科", sectionId: "yzk", roles: ["reporter"], tempPassword: TEMP })).rejects.toThrow(/只能设在县区/);
    expect(await createAccount(db(), sys, { username: "cty-xxy2", displayName: "县信息员", sectionId: county.id, roles: ["reporter"], tempPassword: TEMP })).toBeTruthy();
  });
});

describe("separation of the three administrators", () => {
  it("lets no account hold two administrator roles", async () => {
    const sys = await actorOf("sysadmin");
    const twoHats = { username: "two-hats", displayName: "兼任", sectionId: "xxtjk", roles: ["secadmin", "auditor"] as Role[], tempPassword: TEMP };
    await expect(createAccount(db(), sys, twoHats)).rejects.toThrow(/须经另一名管理员批准/);
    await expect(proposeAccountChange(db(), sys, { kind: "create", account: twoHats })).rejects.toThrow(/不能由同一账号兼任/);
    const auditor = await db().account.findUniqueOrThrow({ where: { username: "auditor" } });
    await expect(db().account.update({ where: { id: auditor.id }, data: { roles: ["auditor", "sysadmin"] } })).rejects.toThrow(/accounts_admin_roles_separated/);
  });

  it("lets only sysadmin manage accounts and the auditor change nothing", async () => {
    const target = await db().account.findUniqueOrThrow({ where: { username: "xck-kz" } });
    for (const name of ["auditor", "secadmin", "yzk-kz"]) {
      const who = await actorOf(name);
      await expect(createAccount(db(), who, { username: `x-${name}`, displayName: "x", sectionId: "yzk", roles: ["section_chief"], tempPassword: TEMP })).rejects.toThrow(/没有执行此操作的权限/);
      await expect(setAccountDisabled(db(), who, target.id, true)).rejects.toThrow(/没有执行此操作的权限/);
      await expect(resetPassword(db(), who, target.id, TEMP)).rejects.toThrow(/没有执行此操作的权限/);
      await expect(unlockAccount(db(), who, target.id)).rejects.toThrow(/没有执行此操作的权限/);
    }
    for (const name of ["auditor", "sysadmin"]) {
      const who = await actorOf(name);
      await expect(updatePolicy(db(), who, { ...DEFAULT_POLICY, idleTimeoutMinutes: 5 })).rejects.toThrow(/没有执行此操作的权限/);
      await expect(updateClassifiedKeywords(db(), who, "秘密")).rejects.toThrow(/没有执行此操作的权限/);
    }
    expect((await getPolicy(db())).idleTimeoutMinutes).toBe(30);
  });
});

describe("policy set by secadmin", () => {
  it("is validated, stored, audited and effective at once", async () => {
    const sec = await actorOf("secadmin");
    await expect(updatePolicy(db(), sec, { ...DEFAULT_POLICY, passwordMinLength: 6 })).rejects.toThrow(/不得少于8位/);
    await expect(updatePolicy(db(), sec, { ...DEFAULT_POLICY, auditRetentionDays: 30 })).rejects.toThrow(/至少保存180天/);
    await updatePolicy(db(), sec, { ...DEFAULT_POLICY, passwordMinLength: 12 });
    try {
      expect((await getPolicy(db())).passwordMinLength).toBe(12);
      await expect(changeOwnPassword(db(), sec, DEMO_PASSWORD, "Short#2026")).rejects.toThrow(/至少需要12位/);
      const event = await db().auditEvent.findFirstOrThrow({ where: { action: "policy.update" }, orderBy: { id: "desc" } });
      expect(event).toMatchObject({ actorName: "secadmin", detail: { before: { passwordMinLength: 8 }, after: { passwordMinLength: 12 } } });
    } finally {
      await updatePolicy(db(), sec, DEFAULT_POLICY);
    }
    await updateClassifiedKeywords(db(), sec, "秘密\n机密\n工作秘密");
    expect(await getClassifiedKeywords(db())).toEqual(["秘密", "机密", "工作秘密"]);
    await expect(updateClassifiedKeywords(db(), sec, "  \n")).rejects.toThrow(/不能为空/);
    // Back to the defaults, which other test files rely on.
    await updateClassifiedKeywords(db(), sec, DEFAULT_CLASSIFIED_KEYWORDS.join("\n"));
  });
});
