import type { Db } from "@/lib/db/client";
import type { SecurityPolicy } from "./policy";

export async function recordLoginAttempt(db: Db, username: string, ip: string | null, ok: boolean, at: Date): Promise<void> {
  await db.loginAttempt.create({ data: { username, ip, ok, at } });
}

/**
 * Too many failures from one address within the window. Without an address (no reverse proxy
 * in front) there is no per-address limit: one shared bucket would let anyone lock everyone
 * out. The per-account lockout applies either way.
 */
export async function ipRateLimited(db: Db, ip: string | null, policy: SecurityPolicy, now: Date): Promise<boolean> {
  if (!ip) return false;
  const since = new Date(now.getTime() - policy.ipWindowMinutes * 60_000);
  const failures = await db.loginAttempt.count({ where: { ip, ok: false, at: { gt: since, lte: now } } });
  return failures >= policy.ipMaxFailures;
}

/**
 * Failures for a username within the lockout period. Used for names without an account,
 * so that they "lock" exactly like a real account and give nothing away.
 */
export async function recentUsernameFailures(db: Db, username: string, policy: SecurityPolicy, now: Date): Promise<number> {
  const since = new Date(now.getTime() - policy.lockoutMinutes * 60_000);
  return db.loginAttempt.count({ where: { username, ok: false, at: { gt: since, lte: now } } });
}
