// Issue 15 item 3 (三员分立): the attacker's path was sysadmin creating auditor2 and secadmin2
// and resetting the real auditor's password on its own. Each is refused now, or waits for a
// second administrator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { db } from "@/test/integration/db";
import { createAccount, resetPassword, setAccountDisabled, setAccountRoles } from "./accounts";
import { approveProposal, listPendingProposals, proposeAccountChange, rejectProposal, withdrawProposal } from "./admin-proposals";
import { verifyLogin, type Actor } from "./login";
import { hashPassword } from "./password";

async function actorOf(username: string): Promise<Actor> {
  const a = await db().account.findUniqueOrThrow({ where: { username }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}
const TEMP = "Temp#2026ab";
let sys: Actor, sec: Actor, aud: Actor;
beforeAll(async () => {
  [sys, sec, aud] = await Promise.all([actorOf("sysadmin"), actorOf("secadmin"), actorOf("auditor")]);
});
// The demo administrators keep their password for the other test files.
afterAll(async () => {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db().account.updateMany({ where: { username: { in: ["sysadmin", "secadmin", "auditor"] } }, data: { passwordHash, mustChangePassword: false, disabled: false } });
});

describe("administrator accounts need a second administrator (三员分立)", () => {
  it("refuses the sysadmin's direct creation, reset, disabling of an administrator account", async () => {
    const xxtjk = await db().section.findUniqueOrThrow({ where: { id: "xxtjk" } });
    // Compared by the stored rows, not by signing in: another test of this file (in a shuffled
    // order, before this one) resets the auditor's password through an approved proposal.
    const before = await db().account.findMany({ where: { id: { in: [aud.id, sec.id] } }, select: { id: true, passwordHash: true, disabled: true }, orderBy: { id: "asc" } });
    for (const role of ["auditor", "secadmin"] as const) {
      await expect(createAccount(db(), sys, { username: `${role}2`, displayName: "第二", sectionId: xxtjk.id, roles: [role], tempPassword: TEMP })).rejects.toThrow(/须经另一名管理员批准/);
    }
    await expect(resetPassword(db(), sys, aud.id, TEMP)).rejects.toThrow(/须经另一名管理员批准/);
    await expect(setAccountDisabled(db(), sys, sec.id, true)).rejects.toThrow(/须经另一名管理员批准/);
    expect(await db().account.count({ where: { username: { in: ["auditor2", "secadmin2"] } } })).toBe(0);
    expect(await db().account.findMany({ where: { id: { in: [aud.id, sec.id] } }, select: { id: true, passwordHash: true, disabled: true }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("keeps one account per administrator role in the database itself", async () => {
    for (const role of ["sysadmin", "secadmin", "auditor"] as const) {
      const insert = db().$executeRaw`INSERT INTO accounts (id, username, "displayName", "passwordHash", "sectionId", roles) VALUES (${`dup-${role}`}, ${`${role}-dup`}, '重复', 'x', 'xxtjk', ARRAY[${role}]::"Role"[])`;
      await expect(insert).rejects.toThrow(new RegExp(`accounts_one_${role}`));
    }
    // Nor as a proposal: refused when proposed, with the reason.
    await expect(proposeAccountChange(db(), sys, { kind: "create", account: { username: "auditor2", displayName: "第二审计员", sectionId: "xxtjk", roles: ["auditor"], tempPassword: TEMP } })).rejects.toThrow(/已有安全审计员账号/);
    const chief = await actorOf("yzk-kz");
    await expect(proposeAccountChange(db(), sys, { kind: "set_roles", accountId: chief.id, roles: ["section_chief", "secadmin"] })).rejects.toThrow(/已有安全管理员账号/);
  });

  it("resets the auditor's password only when the secadmin approves the sysadmin's proposal; the auditor reads every step", async () => {
    const id = await proposeAccountChange(db(), sys, { kind: "reset_password", accountId: aud.id, tempPassword: TEMP });
    const stored = await db().adminProposal.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(stored.payload)).not.toContain(TEMP);
    expect(await verifyLogin(db(), "auditor", TEMP)).toMatchObject({ ok: false });

    // Listed for the approver; the proposer sees it as their own.
    expect((await listPendingProposals(db(), sec)).find((p) => p.id === id)).toMatchObject({ kind: "reset_password", username: "auditor", proposedBy: "sysadmin", mine: false });
    expect((await listPendingProposals(db(), sys)).find((p) => p.id === id)).toMatchObject({ mine: true });
    await expect(listPendingProposals(db(), aud)).rejects.toThrow(/没有执行此操作的权限/);

    await expect(approveProposal(db(), sys, id)).rejects.toThrow(/不能批准或驳回本人提出的申请/);
    await expect(approveProposal(db(), aud, id)).rejects.toThrow(/没有执行此操作的权限/);
    await expect(approveProposal(db(), await actorOf("yzk-kz"), id)).rejects.toThrow(/没有执行此操作的权限/);
    // The database refuses a self-approval written past the code.
    await expect(db().adminProposal.update({ where: { id }, data: { status: "approved", decidedById: sys.id, decidedAt: new Date() } })).rejects.toThrow(/admin_proposals_four_eyes/);

    await approveProposal(db(), sec, id);
    expect(await verifyLogin(db(), "auditor", TEMP)).toMatchObject({ ok: true, passwordChange: "temporary" });
    await expect(approveProposal(db(), sec, id)).rejects.toThrow(/已被处理/);

    const events = await db().auditEvent.findMany({ where: { OR: [{ objectId: id }, { objectId: aud.id, action: "account.reset_password" }] }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorName])).toEqual([
      ["admin_proposal.propose", "sysadmin"],
      ["admin_proposal.approve", "secadmin"],
      ["account.reset_password", "secadmin"],
    ]);
    expect(events[2]!.detail).toMatchObject({ proposalId: id, proposedBy: sys.id });
  });

  it("a rejected or withdrawn proposal changes nothing", async () => {
    const rejected = await proposeAccountChange(db(), sys, { kind: "disable", accountId: sec.id });
    await rejectProposal(db(), sec, rejected, "无正当理由");
    await expect(approveProposal(db(), sec, rejected)).rejects.toThrow(/已被处理/);
    expect((await db().account.findUniqueOrThrow({ where: { id: sec.id } })).disabled).toBe(false);

    const withdrawn = await proposeAccountChange(db(), sys, { kind: "disable", accountId: aud.id });
    await expect(withdrawProposal(db(), sec, withdrawn)).rejects.toThrow(/没有执行此操作的权限/);
    await withdrawProposal(db(), sys, withdrawn);
    await expect(approveProposal(db(), sec, withdrawn)).rejects.toThrow(/已被处理/);
    expect((await db().account.findUniqueOrThrow({ where: { id: aud.id } })).disabled).toBe(false);
    expect(await db().auditEvent.count({ where: { objectId: { in: [rejected, withdrawn] }, action: { in: ["admin_proposal.reject", "admin_proposal.withdraw"] } } })).toBe(2);
  });

  it("disables and re-enables an administrator account after approval", async () => {
    const off = await proposeAccountChange(db(), sys, { kind: "disable", accountId: aud.id });
    await approveProposal(db(), sec, off);
    expect(await verifyLogin(db(), "auditor", DEMO_PASSWORD)).toMatchObject({ ok: false });
    const on = await proposeAccountChange(db(), sys, { kind: "enable", accountId: aud.id });
    await approveProposal(db(), sec, on);
    expect((await db().account.findUniqueOrThrow({ where: { id: aud.id } })).disabled).toBe(false);
  });

  it("changes roles directly for ordinary accounts, and only by approval when an administrator role is involved", async () => {
    const plain = await db().account.create({ data: { username: "rsk-roles", displayName: "角色测试", sectionId: "rsk", roles: ["section_chief"], passwordHash: "x" } });
    await setAccountRoles(db(), sys, plain.id, ["section_chief", "office_reviewer"]);
    expect((await db().account.findUniqueOrThrow({ where: { id: plain.id } })).roles).toEqual(["section_chief", "office_reviewer"]);
    await expect(setAccountRoles(db(), sys, aud.id, ["section_chief"])).rejects.toThrow(/须经另一名管理员批准/);

    // The auditor's role is taken away and given back, each time by approval.
    const away = await proposeAccountChange(db(), sys, { kind: "set_roles", accountId: aud.id, roles: ["section_chief"] });
    expect((await db().account.findUniqueOrThrow({ where: { id: aud.id } })).roles).toEqual(["auditor"]);
    await approveProposal(db(), sec, away);
    expect((await db().account.findUniqueOrThrow({ where: { id: aud.id } })).roles).toEqual(["section_chief"]);
    const back = await proposeAccountChange(db(), sys, { kind: "set_roles", accountId: aud.id, roles: ["auditor"] });
    await approveProposal(db(), sec, back);
    expect((await db().account.findUniqueOrThrow({ where: { id: aud.id } })).roles).toEqual(["auditor"]);
    const roleEvents = await db().auditEvent.findMany({ where: { objectId: aud.id, action: "account.set_roles" }, orderBy: { id: "asc" } });
    expect(roleEvents.map((e) => e.detail)).toEqual([
      expect.objectContaining({ from: ["auditor"], to: ["section_chief"], proposalId: away }),
      expect.objectContaining({ from: ["section_chief"], to: ["auditor"], proposalId: back }),
    ]);
  });
});
