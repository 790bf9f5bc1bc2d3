// 三员分立 (issue 15 item 3): creating, resetting, disabling, enabling or changing the roles
// of an account that holds (or would get) an administrator role is a proposal by the sysadmin
// that takes effect only when another administrator (the secadmin) approves it. Proposals are
// stored, listed for the approver and audited, so the auditor sees each step.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AdminProposalKind, Prisma } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { applyDisabled, applyPasswordReset, applyRoles, checkRoles, hasAdminRole, insertAccount, prepareNewAccount, target, temporaryHash, type NewAccount } from "./accounts";
import { assertCan } from "./can";
import type { Actor } from "./login";

type Tx = Prisma.TransactionClient;

export type AccountChange =
  | { kind: "create"; account: NewAccount }
  | { kind: "reset_password"; accountId: string; tempPassword: string }
  | { kind: "disable" | "enable"; accountId: string }
  | { kind: "set_roles"; accountId: string; roles: Role[] };

const fail = (code: string, message: string): never => {
  throw new AppError(code, message);
};

// What is stored: never a plain password, only its hash.
const payloadSchema = z.object({
  username: z.string(),
  displayName: z.string().optional(),
  sectionId: z.string().optional(),
  roles: z.array(z.enum(Role)).optional(),
  passwordHash: z.string().optional(),
});
type Payload = z.infer<typeof payloadSchema>;

export const PROPOSAL_LABELS: Record<AdminProposalKind, string> = {
  create: "新建管理员账号",
  reset_password: "重置密码",
  disable: "停用账号",
  enable: "启用账号",
  set_roles: "更改角色",
};

/** Whether the change concerns an administrator account (and so needs a second administrator). */
export async function needsApproval(db: Db, change: AccountChange): Promise<boolean> {
  if (change.kind === "create") return hasAdminRole(change.account.roles ?? []);
  const account = await db.account.findUnique({ where: { id: change.accountId }, select: { roles: true } });
  if (!account) return false; // the direct path reports the unknown account
  return hasAdminRole(account.roles) || (change.kind === "set_roles" && hasAdminRole(change.roles));
}

const auditProposal = (tx: Tx, actor: Actor, action: string, proposalId: string, detail: Prisma.InputJsonValue) =>
  recordAudit(tx, { actorId: actor.id, actorName: actor.username, action, objectType: "admin_proposal", objectId: proposalId, detail });

/** The sysadmin proposes a change to an administrator account; checked now, applied on approval. */
export async function proposeAccountChange(db: Db, actor: Actor, change: AccountChange): Promise<string> {
  assertCan(actor, "account.manage");
  let payload: Payload;
  let targetAccountId: string | null = null;
  if (change.kind === "create") {
    const data = await prepareNewAccount(db, change.account);
    await db.$transaction((tx) => checkRoles(tx, data.sectionId, data.roles, null));
    payload = data;
  } else {
    const account = await db.$transaction((tx) => target(tx, change.accountId));
    targetAccountId = account.id;
    payload = { username: account.username };
    if (change.kind === "reset_password") payload.passwordHash = await temporaryHash(db, change.tempPassword, account.username);
    if (change.kind === "set_roles") {
      await db.$transaction((tx) => checkRoles(tx, account.sectionId, change.roles, account.id));
      payload.roles = change.roles;
    }
    if (change.kind === "disable" && account.id === actor.id) fail("self_disable", "不能停用自己正在使用的账号。");
  }
  return db.$transaction(async (tx) => {
    const proposal = await tx.adminProposal.create({ data: { kind: change.kind, targetAccountId, payload, proposedById: actor.id } });
    const { passwordHash: _secret, ...visible } = payload;
    await auditProposal(tx, actor, "admin_proposal.propose", proposal.id, { kind: change.kind, ...visible, targetAccountId });
    return proposal.id;
  });
}

async function claim(tx: Tx, actor: Actor, proposalId: string, status: "approved" | "rejected" | "withdrawn", note: string | null) {
  const proposal = await tx.adminProposal.findUnique({ where: { id: proposalId } });
  if (!proposal) fail("proposal_unknown", "该变更申请不存在。");
  if (status === "withdrawn" ? proposal!.proposedById !== actor.id : proposal!.proposedById === actor.id) {
    fail("four_eyes", status === "withdrawn" ? "只能撤回本人提出的申请。" : "不能批准或驳回本人提出的申请，须由另一名管理员处理。");
  }
  // Only one decision wins, however many clicks race.
  const won = await tx.adminProposal.updateMany({
    where: { id: proposalId, status: "pending" },
    data: { status, decidedById: status === "withdrawn" ? null : actor.id, decidedAt: new Date(), decisionNote: note },
  });
  if (won.count !== 1) fail("proposal_decided", "该变更申请已被处理。");
  return proposal!;
}

/** Another administrator approves: the change is applied and audited in the same transaction. */
export async function approveProposal(db: Db, actor: Actor, proposalId: string): Promise<void> {
  assertCan(actor, "admin_account.approve");
  await db.$transaction(async (tx) => {
    const proposal = await claim(tx, actor, proposalId, "approved", null);
    const payload = payloadSchema.parse(proposal.payload);
    const approval = { proposalId, proposedBy: proposal.proposedById };
    await auditProposal(tx, actor, "admin_proposal.approve", proposalId, { kind: proposal.kind, username: payload.username });
    switch (proposal.kind) {
      case "create":
        await insertAccount(tx, actor, { username: payload.username, displayName: payload.displayName!, sectionId: payload.sectionId!, roles: payload.roles!, passwordHash: payload.passwordHash! }, approval);
        break;
      case "reset_password":
        await applyPasswordReset(tx, actor, proposal.targetAccountId!, payload.passwordHash!, approval);
        break;
      case "disable":
      case "enable":
        await applyDisabled(tx, actor, proposal.targetAccountId!, proposal.kind === "disable", approval);
        break;
      case "set_roles":
        await applyRoles(tx, actor, proposal.targetAccountId!, payload.roles!, approval);
        break;
    }
  });
}

export async function rejectProposal(db: Db, actor: Actor, proposalId: string, note: string): Promise<void> {
  assertCan(actor, "admin_account.approve");
  await db.$transaction(async (tx) => {
    const proposal = await claim(tx, actor, proposalId, "rejected", note.trim().slice(0, 500) || null);
    await auditProposal(tx, actor, "admin_proposal.reject", proposalId, { kind: proposal.kind, note: note.trim().slice(0, 500) });
  });
}

export async function withdrawProposal(db: Db, actor: Actor, proposalId: string): Promise<void> {
  assertCan(actor, "account.manage");
  await db.$transaction(async (tx) => {
    const proposal = await claim(tx, actor, proposalId, "withdrawn", null);
    await auditProposal(tx, actor, "admin_proposal.withdraw", proposalId, { kind: proposal.kind });
  });
}

export interface ProposalView {
  id: string;
  kind: AdminProposalKind;
  username: string;
  roles: Role[] | null;
  proposedBy: string;
  proposedAt: Date;
  mine: boolean;
}

/** Pending proposals, for the administrators who may approve or withdraw them. */
export async function listPendingProposals(db: Db, actor: Actor): Promise<ProposalView[]> {
  if (!(actor.roles.includes("sysadmin") || actor.roles.includes("secadmin"))) fail("forbidden", "您没有执行此操作的权限。");
  const rows = await db.adminProposal.findMany({ where: { status: "pending" }, orderBy: { proposedAt: "asc" } });
  const names = new Map((await db.account.findMany({ where: { id: { in: rows.map((r) => r.proposedById) } }, select: { id: true, username: true } })).map((a) => [a.id, a.username]));
  return rows.map((r) => {
    const p = payloadSchema.parse(r.payload);
    return { id: r.id, kind: r.kind, username: p.username, roles: p.roles ?? null, proposedBy: names.get(r.proposedById) ?? "?", proposedAt: r.proposedAt, mine: r.proposedById === actor.id };
  });
}
