import type { Db } from "@/lib/db/client";
import { recordAuditNow } from "@/lib/audit/record";
import type { Role } from "@/lib/generated/prisma/enums";
import { passwordExpired } from "@/lib/security/password-rules";
import { getPolicy } from "@/lib/security/policy";
import { ipRateLimited, recentGuesses, recordLoginAttempt } from "@/lib/security/rate-limit";
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

export type LoginResult = { ok: true; actor: Actor; passwordChange: PasswordChangeReason; sessionVersion: number } | { ok: false; message: string };

// One message for an unknown user and a wrong password, so that neither reveals the other.
export const BAD_CREDENTIALS = "用户名或密码错误，请重新输入。";
export const ACCOUNT_DISABLED = "该账号已停用，请联系系统管理员。";
export const accountLockedMessage = (minutes: number) => `账号已锁定，请${minutes}分钟后再试或联系系统管理员解锁。`;
export const rateLimitedMessage = (minutes: number) => `登录失败次数过多，请${minutes}分钟后再试。`;

export function passwordChangeReason(account: { mustChangePassword: boolean; passwordChangedAt: Date }, policy: { passwordMaxAgeDays: number }, now: Date): PasswordChangeReason {
  if (account.mustChangePassword) return "temporary";
  return passwordExpired(account.passwordChangedAt, policy, now) ? "expired" : null;
}

/**
 * After this many guesses at one account from anywhere, every further attempt at it is
 * answered more slowly (1 s, 2 s, 4 s … at most 10 s), right or wrong: guessing from many
 * addresses gets slow while the owner still gets in.
 */
export function accountSlowdownMs(guesses: number, maxFailedLogins: number): number {
  return guesses < maxFailedLogins ? 0 : Math.min(1000 * 2 ** (guesses - maxFailedLogins), 10_000);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface LoginOptions {
  /** How the per-account slowdown waits (tests pass a recorder). */
  wait?: (ms: number) => Promise<void>;
}

/**
 * Checks a sign-in. The lock (等保: 5 wrong passwords lock for 30 minutes) is kept per
 * username *and* client address, so that guesses from elsewhere cannot lock the owner out;
 * guesses from all addresses together slow the account down. Every count is by the typed
 * username in the attempts table, so a name without an account answers exactly as a real one.
 */
export async function verifyLogin(db: Db, username: string, password: string, ip: string | null = null, now = new Date(), opts: LoginOptions = {}): Promise<LoginResult> {
  const name = username.trim();
  const policy = await getPolicy(db);
  const account = name
    ? await db.account.findUnique({ where: { username: name }, include: { section: { select: { name: true } } } })
    : null;
  const audit = (action: string, detail: Record<string, string> = {}) =>
    recordAuditNow(db, { actorId: account?.id ?? null, actorName: name || "(空)", action, objectType: "account", objectId: account?.id ?? null, detail, ip });
  const refuse = async (reason: string, message: string) => {
    await recordLoginAttempt(db, name, ip, false, now, true);
    await audit("login.failure", { reason });
    return { ok: false as const, message };
  };

  if (await ipRateLimited(db, ip, policy, now)) return refuse("rate_limited", rateLimitedMessage(policy.ipWindowMinutes));
  const clearedAt = account?.failuresClearedAt ?? null;
  const accountGuesses = await recentGuesses(db, name, policy, now, { clearedAt });
  const delay = accountSlowdownMs(accountGuesses, policy.maxFailedLogins);
  if (delay > 0) await (opts.wait ?? sleep)(delay);
  // Compared even when the answer is already known, so that timing tells nothing.
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  const addressGuesses = await recentGuesses(db, name, policy, now, { ip, clearedAt });
  if (addressGuesses >= policy.maxFailedLogins) return refuse("locked", accountLockedMessage(policy.lockoutMinutes));

  if (!account || !passwordOk) {
    await recordLoginAttempt(db, name, ip, false, now);
    await audit("login.failure", { reason: account ? "wrong_password" : "unknown_user" });
    if (addressGuesses + 1 >= policy.maxFailedLogins) {
      // Shown to administrators (who can lift it); it holds for this address only. Written by
      // name, a no-op without an account, so that the same work is done for every name.
      await db.account.updateMany({ where: { username: name }, data: { lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) } });
      await audit("account.locked", { failures: String(addressGuesses + 1), minutes: String(policy.lockoutMinutes) });
    }
    return { ok: false, message: BAD_CREDENTIALS };
  }
  if (account.disabled) return refuse("disabled", ACCOUNT_DISABLED);

  await db.account.update({ where: { id: account.id }, data: { lastLoginAt: now, failedLogins: 0 } });
  await recordLoginAttempt(db, name, ip, true, now);
  await audit("login.success");
  return {
    ok: true,
    actor: { id: account.id, username: account.username, displayName: account.displayName, sectionId: account.sectionId, sectionName: account.section.name, roles: account.roles },
    passwordChange: passwordChangeReason(account, policy, now),
    sessionVersion: account.sessionVersion,
  };
}
