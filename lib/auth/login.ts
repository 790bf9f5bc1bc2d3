import type { Db } from "@/lib/db/client";
import { recordAuditNow } from "@/lib/audit/record";
import type { Role } from "@/lib/generated/prisma/enums";
import { passwordExpired } from "@/lib/security/password-rules";
import { getPolicy } from "@/lib/security/policy";
import { ipRateLimited, recentUsernameFailures, recordLoginAttempt } from "@/lib/security/rate-limit";
import { DUMMY_HASH, verifyPassword } from "./password";

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  sectionId: string;
  sectionName: string;
  roles: Role[];
}

/** Why the password must be changed before anything else: a temporary one, or an expired one. */
export type PasswordChangeReason = "temporary" | "expired" | null;

export type LoginResult = { ok: true; actor: Actor; passwordChange: PasswordChangeReason } | { ok: false; message: string };

// One message for an unknown user and a wrong password, so that neither reveals the other.
export const BAD_CREDENTIALS = "用户名或密码错误，请重新输入。";
export const ACCOUNT_DISABLED = "该账号已停用，请联系系统管理员。";
export const accountLockedMessage = (minutes: number) => `账号已锁定，请${minutes}分钟后再试或联系系统管理员解锁。`;
export const rateLimitedMessage = (minutes: number) => `登录失败次数过多，请${minutes}分钟后再试。`;

export function passwordChangeReason(account: { mustChangePassword: boolean; passwordChangedAt: Date }, policy: { passwordMaxAgeDays: number }, now: Date): PasswordChangeReason {
  if (account.mustChangePassword) return "temporary";
  return passwordExpired(account.passwordChangedAt, policy, now) ? "expired" : null;
}

export async function verifyLogin(db: Db, username: string, password: string, ip: string | null = null, now = new Date()): Promise<LoginResult> {
  const name = username.trim();
  const policy = await getPolicy(db);
  const account = name
    ? await db.account.findUnique({ where: { username: name }, include: { section: { select: { name: true } } } })
    : null;
  const audit = (action: string, detail: Record<string, string> = {}) =>
    recordAuditNow(db, { actorId: account?.id ?? null, actorName: name || "(空)", action, objectType: "account", objectId: account?.id ?? null, detail, ip });
  const fail = async (reason: string, message: string) => {
    await recordLoginAttempt(db, name, ip, false, now);
    await audit("login.failure", { reason });
    return { ok: false as const, message };
  };

  if (await ipRateLimited(db, ip, policy, now)) return fail("rate_limited", rateLimitedMessage(policy.ipWindowMinutes));
  // Compared even when the answer is already known, so that timing tells nothing.
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  const locked = account
    ? account.lockedUntil !== null && account.lockedUntil > now
    : (await recentUsernameFailures(db, name, policy, now)) >= policy.maxFailedLogins;
  if (locked) return fail("locked", accountLockedMessage(policy.lockoutMinutes));

  if (!account || !passwordOk) {
    if (account) {
      // A lock that has run out starts a fresh count.
      const failures = (account.lockedUntil ? 0 : account.failedLogins) + 1;
      const lockNow = failures >= policy.maxFailedLogins;
      await db.account.update({
        where: { id: account.id },
        data: { failedLogins: failures, lockedUntil: lockNow ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null },
      });
      if (lockNow) await audit("account.locked", { failures: String(failures), minutes: String(policy.lockoutMinutes) });
    }
    return fail(account ? "wrong_password" : "unknown_user", BAD_CREDENTIALS);
  }
  if (account.disabled) return fail("disabled", ACCOUNT_DISABLED);

  await db.account.update({ where: { id: account.id }, data: { lastLoginAt: now, failedLogins: 0, lockedUntil: null } });
  await recordLoginAttempt(db, name, ip, true, now);
  await audit("login.success");
  return {
    ok: true,
    actor: { id: account.id, username: account.username, displayName: account.displayName, sectionId: account.sectionId, sectionName: account.section.name, roles: account.roles },
    passwordChange: passwordChangeReason(account, policy, now),
  };
}
