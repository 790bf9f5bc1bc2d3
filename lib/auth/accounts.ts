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

type Tx = Prisma.TransactionClient;
const ADMIN_ROLES: Role[] = ["sysadmin", "secadmin", "auditor"];

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
async function checkRoles(tx: Tx, sectionId: string, roles: Role[], accountId: string | null) {
  const section = await tx.section.findUnique({ where: { id: sectionId } });
  if (!section) fail("section_unknown", "所选科室或单位不存在。");
  if (ADMIN_ROLES.filter((r) => roles.includes(r)).length > 1) fail("admin_roles", "系统管理员、安全管理员、安全审计员三个角色不能由同一账号兼任。");
  if (roles.includes("publisher")) {
    if (section!.kind !== "bureau_section") fail("publisher_section", "只有局机关科室设发布账号，县区卫生计生局和直属单位不设发布账号。");
    const holder = await tx.account.findFirst({ where: { sectionId, roles: { has: "publisher" }, NOT: accountId ? { id: accountId } : undefined } });
    if (holder) fail("publisher_taken", `${section!.name}已有发布账号（${holder.username}），每个科室只能有一个发布账号；如需更换请使用“移交发布账号”。`);
  }
  if (roles.includes("reporter") && section!.kind === "bureau_section") fail("reporter_section", "信息员（报送）账号只能设在县区卫生计生局或直属单位。");
  if (section!.kind !== "bureau_section" && section!.kind !== "leadership" && roles.some((r) => r !== "reporter")) {
    fail("unit_roles", "县区卫生计生局和直属单位的账号只能报送资料（信息员角色）。");
  }
  return section!;
}

async function temporaryHash(db: Db | Tx, password: string, username: string) {
  const problem = passwordProblem(password, await getPolicy(db), username);
  if (problem) fail("password_policy", `临时密码不符合密码策略：${problem}`);
  return hashPassword(password);
}

const audit = (tx: Tx, actor: Actor, action: string, objectId: string, detail: Prisma.InputJsonValue) =>
  recordAudit(tx, { actorId: actor.id, actorName: actor.username, action, objectType: "account", objectId, detail });

export async function createAccount(db: Db, actor: Actor, input: NewAccount): Promise<string> {
  assertCan(actor, "account.manage");
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) fail("invalid", parsed.error.issues[0]!.message);
  const data = parsed.data!;
  if (await db.account.findUnique({ where: { username: data.username } })) fail("username_taken", "该用户名已被使用。");
  const passwordHash = await temporaryHash(db, data.tempPassword, data.username);
  return db.$transaction(async (tx) => {
    await checkRoles(tx, data.sectionId, data.roles, null);
    const account = await tx.account.create({
      data: { username: data.username, displayName: data.displayName, sectionId: data.sectionId, roles: data.roles, passwordHash, mustChangePassword: true },
    });
    await audit(tx, actor, "account.create", account.id, { username: data.username, sectionId: data.sectionId, roles: data.roles });
    return account.id;
  });
}

async function target(tx: Tx, id: string) {
  const account = await tx.account.findUnique({ where: { id } });
  if (!account) fail("account_unknown", "账号不存在或已被删除。");
  return account!;
}

export async function setAccountDisabled(db: Db, actor: Actor, accountId: string, disabled: boolean): Promise<void> {
  assertCan(actor, "account.manage");
  if (accountId === actor.id && disabled) fail("self_disable", "不能停用自己正在使用的账号。");
  await db.$transaction(async (tx) => {
    const account = await target(tx, accountId);
    if (disabled && account.roles.includes("publisher")) {
      fail("publisher_needed", "该账号是本科室唯一的发布账号，请先将发布账号移交给本科室其他账号，再停用。");
    }
    // Disabling signs the account out everywhere (lib/auth/session.ts compares the version).
    await tx.account.update({ where: { id: accountId }, data: { disabled, sessionVersion: { increment: 1 } } });
    await audit(tx, actor, disabled ? "account.disable" : "account.enable", accountId, { username: account.username });
  });
}

/** Sets a temporary password (to be changed at the next login) and lifts any lock. */
export async function resetPassword(db: Db, actor: Actor, accountId: string, tempPassword: string): Promise<void> {
  assertCan(actor, "account.manage");
  await db.$transaction(async (tx) => {
    const account = await target(tx, accountId);
    const passwordHash = await temporaryHash(tx, tempPassword, account.username);
    await tx.account.update({
      where: { id: accountId },
      data: { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, failuresClearedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await tx.passwordHistory.create({ data: { accountId, passwordHash: account.passwordHash } });
    await audit(tx, actor, "account.reset_password", accountId, { username: account.username });
  });
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
