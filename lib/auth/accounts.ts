import { z } from "zod";
import { recordAudit, recordAuditNow } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { passwordProblem } from "@/lib/security/password-rules";
import { getPolicy } from "@/lib/security/policy";
import { ipRateLimited, recentGuesses, recordLoginAttempt } from "@/lib/security/rate-limit";
import { assertCan } from "./can";
import { accountLockedMessage, type Actor } from "./login";
import { hashPassword, verifyPassword } from "./password";
import { ROLE_LABELS } from "./roles";

type Tx = Prisma.TransactionClient;
export const ADMIN_ROLES: Role[] = ["sysadmin", "secadmin", "auditor"];
export const hasAdminRole = (roles: readonly Role[]) => roles.some((r) => ADMIN_ROLES.includes(r));

/**
 * How a change reached this code: directly by the sysadmin, or by a second administrator's
 * approval of a proposal (lib/auth/admin-proposals.ts), which is then the actor recorded.
 */
export interface Approval {
  proposalId: string;
  proposedBy: string;
}

export const NEEDS_APPROVAL_MESSAGE = "涉及系统管理员、安全管理员或安全审计员账号的变更须经另一名管理员批准，请提交变更申请。";

/** 三员分立: a change to an account that holds, or would get, an administrator role only goes through a proposal. */
function refuseDirectAdminChange(roles: readonly Role[], approval: Approval | undefined) {
  if (!approval && hasAdminRole(roles)) fail("needs_approval", NEEDS_APPROVAL_MESSAGE);
}

export const newAccountSchema = z.object({
  username: z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{1,31}$/, "用户名须为2至32位小写字母、数字、下划线或连字符。"),
  displayName: z.string().trim().min(1, "请填写姓名。").max(50, "姓名不能超过50个字。"),
  sectionId: z.string().min(1, "请选择所属科室或单位。"),
  roles: z.array(z.enum(Role)).min(1, "请至少选择一个角色。"),
  tempPassword: z.string(),
});
export type NewAccount = z.infer<typeof newAccountSchema>;

const fail = (code: string, message: string): never => {
  throw new AppError(code, message);
};

/** Rules on role combinations, checked here for a clear message; the database keeps them too. */
export async function checkRoles(tx: Tx, sectionId: string, roles: Role[], accountId: string | null) {
  const section = await tx.section.findUnique({ where: { id: sectionId } });
  if (!section) fail("section_unknown", "所选科室或单位不存在。");
  if (ADMIN_ROLES.filter((r) => roles.includes(r)).length > 1) fail("admin_roles", "系统管理员、安全管理员、安全审计员三个角色不能由同一账号兼任。");
  if (roles.includes("publisher")) {
    if (section!.kind !== "bureau_section") fail("publisher_section", "只有局机关科室设发布账号，县区卫生计生局和直属单位不设发布账号。");
    const holder = await tx.account.findFirst({ where: { sectionId, roles: { has: "publisher" }, NOT: accountId ? { id: accountId } : undefined } });
    if (holder) fail("publisher_taken", `${section!.name}已有发布账号（${holder.username}），每个科室只能有一个发布账号；如需更换请使用“移交发布账号”。`);
  }
  for (const role of ADMIN_ROLES.filter((r) => roles.includes(r))) {
    const holder = await tx.account.findFirst({ where: { roles: { has: role }, NOT: accountId ? { id: accountId } : undefined } });
    if (holder) fail("admin_role_taken", `已有${ROLE_LABELS[role]}账号（${holder.username}），每个管理员角色只能有一个账号；更换人员请重置该账号的密码（须经批准）。`);
  }
  if (roles.includes("reporter") && section!.kind === "bureau_section") fail("reporter_section", "信息员（报送）账号只能设在县区卫生计生局或直属单位。");
  if (section!.kind !== "bureau_section" && section!.kind !== "leadership" && roles.some((r) => r !== "reporter")) {
    fail("unit_roles", "县区卫生计生局和直属单位的账号只能报送资料（信息员角色）。");
  }
  return section!;
}

export async function temporaryHash(db: Db | Tx, password: string, username: string) {
  const problem = passwordProblem(password, await getPolicy(db), username);
  if (problem) fail("password_policy", `临时密码不符合密码策略：${problem}`);
  return hashPassword(password);
}

const audit = (tx: Tx, actor: Actor, action: string, objectId: string, detail: Prisma.InputJsonValue, approval?: Approval) =>
  recordAudit(tx, { actorId: actor.id, actorName: actor.username, action, objectType: "account", objectId, detail: approval ? { ...(detail as object), ...approval } : detail });

/** Validates a new account and hashes its temporary password; shared by a direct creation and a proposal. */
export async function prepareNewAccount(db: Db | Tx, input: NewAccount): Promise<Omit<NewAccount, "tempPassword"> & { passwordHash: string }> {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) fail("invalid", parsed.error.issues[0]!.message);
  const { tempPassword, ...data } = parsed.data!;
  if (await db.account.findUnique({ where: { username: data.username } })) fail("username_taken", "该用户名已被使用。");
  return { ...data, passwordHash: await temporaryHash(db, tempPassword, data.username) };
}

export async function createAccount(db: Db, actor: Actor, input: NewAccount): Promise<string> {
  assertCan(actor, "account.manage");
  refuseDirectAdminChange(input.roles ?? [], undefined);
  const data = await prepareNewAccount(db, input);
  return db.$transaction((tx) => insertAccount(tx, actor, data));
}

/** Creates the account (checked and audited in the caller's transaction). */
export async function insertAccount(tx: Tx, actor: Actor, data: Omit<NewAccount, "tempPassword"> & { passwordHash: string }, approval?: Approval): Promise<string> {
  await checkRoles(tx, data.sectionId, data.roles, null);
  const account = await tx.account.create({
    data: { username: data.username, displayName: data.displayName, sectionId: data.sectionId, roles: data.roles, passwordHash: data.passwordHash, mustChangePassword: true },
  });
  await audit(tx, actor, "account.create", account.id, { username: data.username, sectionId: data.sectionId, roles: data.roles }, approval);
  return account.id;
}

export async function target(tx: Tx, id: string) {
  const account = await tx.account.findUnique({ where: { id } });
  if (!account) fail("account_unknown", "账号不存在或已被删除。");
  return account!;
}

export async function setAccountDisabled(db: Db, actor: Actor, accountId: string, disabled: boolean): Promise<void> {
  assertCan(actor, "account.manage");
  if (accountId === actor.id && disabled) fail("self_disable", "不能停用自己正在使用的账号。");
  await db.$transaction((tx) => applyDisabled(tx, actor, accountId, disabled));
}

export async function applyDisabled(tx: Tx, actor: Actor, accountId: string, disabled: boolean, approval?: Approval): Promise<void> {
  const account = await target(tx, accountId);
  refuseDirectAdminChange(account.roles, approval);
  if (disabled && account.roles.includes("publisher")) {
    fail("publisher_needed", "该账号是本科室唯一的发布账号，请先将发布账号移交给本科室其他账号，再停用。");
  }
  // Disabling signs the account out everywhere (lib/auth/session.ts compares the version).
  await tx.account.update({ where: { id: accountId }, data: { disabled, sessionVersion: { increment: 1 } } });
  await audit(tx, actor, disabled ? "account.disable" : "account.enable", accountId, { username: account.username }, approval);
}

/** Sets a temporary password (to be changed at the next login) and lifts any lock. */
export async function resetPassword(db: Db, actor: Actor, accountId: string, tempPassword: string): Promise<void> {
  assertCan(actor, "account.manage");
  await db.$transaction(async (tx) => {
    const account = await target(tx, accountId);
    refuseDirectAdminChange(account.roles, undefined);
    await applyPasswordReset(tx, actor, accountId, await temporaryHash(tx, tempPassword, account.username));
  });
}

/** Sets the (hashed) temporary password, lifts any lock, audits. */
export async function applyPasswordReset(tx: Tx, actor: Actor, accountId: string, passwordHash: string, approval?: Approval): Promise<void> {
  const account = await target(tx, accountId);
  refuseDirectAdminChange(account.roles, approval);
  // A reset signs the account out everywhere and keeps the replaced password out of reuse.
  await tx.account.update({
    where: { id: accountId },
    data: { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, failuresClearedAt: new Date(), sessionVersion: { increment: 1 } },
  });
  await tx.passwordHistory.create({ data: { accountId, passwordHash: account.passwordHash } });
  await audit(tx, actor, "account.reset_password", accountId, { username: account.username }, approval);
}

/** Replaces the roles of an ordinary account; one that holds or would get an administrator role needs a proposal. */
export async function setAccountRoles(db: Db, actor: Actor, accountId: string, roles: Role[]): Promise<void> {
  assertCan(actor, "account.manage");
  const parsed = z.array(z.enum(Role)).min(1, "请至少选择一个角色。").safeParse(roles);
  if (!parsed.success) fail("invalid", parsed.error.issues[0]!.message);
  await db.$transaction((tx) => applyRoles(tx, actor, accountId, parsed.data!));
}

/** Replaces an account's roles (checked, audited); administrator roles only with an approval. */
export async function applyRoles(tx: Tx, actor: Actor, accountId: string, roles: Role[], approval?: Approval): Promise<void> {
  const account = await target(tx, accountId);
  refuseDirectAdminChange([...account.roles, ...roles], approval);
  await checkRoles(tx, account.sectionId, roles, accountId);
  // New roles take effect at the next sign-in: sessions holding the old ones end now.
  await tx.account.update({ where: { id: accountId }, data: { roles, sessionVersion: { increment: 1 } } });
  await audit(tx, actor, "account.set_roles", accountId, { username: account.username, from: account.roles, to: roles }, approval);
}

export async function unlockAccount(db: Db, actor: Actor, accountId: string): Promise<void> {
  assertCan(actor, "account.manage");
  await db.$transaction(async (tx) => {
    const account = await target(tx, accountId);
    await tx.account.update({ where: { id: accountId }, data: { failedLogins: 0, lockedUntil: null, failuresClearedAt: new Date() } });
    await audit(tx, actor, "account.unlock", accountId, { username: account.username });
  });
}

/** Hands the section's one publishing account role to another account of the same section, in one transaction. */
export async function transferPublisher(db: Db, actor: Actor, fromId: string, toId: string): Promise<void> {
  assertCan(actor, "account.manage");
  await db.$transaction(async (tx) => {
    const from = await target(tx, fromId);
    const to = await target(tx, toId);
    if (!from.roles.includes("publisher")) fail("not_publisher", "原账号不是发布账号。");
    if (from.sectionId !== to.sectionId) fail("other_section", "发布账号只能移交给同一科室的账号。");
    if (to.disabled) fail("target_disabled", "不能移交给已停用的账号。");
    if (to.roles.some((r) => ADMIN_ROLES.includes(r))) fail("target_admin", "不能移交给系统管理员、安全管理员或安全审计员账号。");
    // Taken first, then given: the unique index allows one holder at a time and the deferred trigger checks the end state.
    await tx.account.update({ where: { id: fromId }, data: { roles: from.roles.filter((r) => r !== "publisher") } });
    await tx.account.update({ where: { id: toId }, data: { roles: [...to.roles, "publisher"] } });
    await audit(tx, actor, "account.transfer_publisher", toId, { sectionId: from.sectionId, from: from.username, to: to.username });
  });
}

/** How many passwords back a new one must differ from (the current one included). */
export const PASSWORD_HISTORY_DEPTH = 5;

async function reusesRecentPassword(db: Db, account: { id: string; passwordHash: string }, next: string): Promise<boolean> {
  const earlier = await db.passwordHistory.findMany({
    where: { accountId: account.id },
    orderBy: { id: "desc" },
    take: PASSWORD_HISTORY_DEPTH - 1,
    select: { passwordHash: true },
  });
  for (const hash of [account.passwordHash, ...earlier.map((e) => e.passwordHash)]) {
    if (await verifyPassword(next, hash)) return true;
  }
  return false;
}

/**
 * Changes the signed-in account's password. A wrong current password counts as a failed
 * login from this address (the same lock as the login page, lib/auth/login.ts). Every other
 * session of the account ends; returns the new session version, with which the caller
 * re-issues the current session.
 */
export async function changeOwnPassword(db: Db, actor: Actor, current: string, next: string, ip: string | null = null, now = new Date()): Promise<number> {
  assertCan(actor, "password.change_own");
  const policy = await getPolicy(db);
  const account = await db.account.findUnique({ where: { id: actor.id } });
  if (!account) return fail("account_unknown", "账号不存在或已被删除。");
  const guesses = await recentGuesses(db, account.username, policy, now, { ip, clearedAt: account.failuresClearedAt });
  if (guesses >= policy.maxFailedLogins || (await ipRateLimited(db, ip, policy, now))) {
    await recordLoginAttempt(db, account.username, ip, false, now, true);
    fail("locked", accountLockedMessage(policy.lockoutMinutes));
  }
  if (!(await verifyPassword(current, account.passwordHash))) {
    await recordLoginAttempt(db, account.username, ip, false, now);
    await recordAuditNow(db, { actorId: actor.id, actorName: actor.username, action: "password.change_failure", objectType: "account", objectId: actor.id, detail: { reason: "wrong_current" }, ip });
    fail("current_password", "当前密码不正确。");
  }
  const problem = passwordProblem(next, policy, account.username);
  if (problem) fail("password_policy", problem);
  if (await reusesRecentPassword(db, account, next)) fail("password_reused", `新密码不能与当前密码或最近${PASSWORD_HISTORY_DEPTH - 1}次使用过的密码相同。`);
  const passwordHash = await hashPassword(next);
  await recordLoginAttempt(db, account.username, ip, true, now);
  return db.$transaction(async (tx) => {
    await tx.passwordHistory.create({ data: { accountId: account.id, passwordHash: account.passwordHash } });
    const updated = await tx.account.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await audit(tx, actor, "account.change_password", actor.id, { username: actor.username });
    return updated.sessionVersion;
  });
}
