import type { Db } from "@/lib/db/client";
import type { SecurityPolicy } from "./policy";

/**
 * Login failures are counted from the attempts table by the *typed* username, never from the
 * account row, so that a name without an account behaves exactly like a real one (nothing
 * tells an attacker which names exist).
 */
export async function recordLoginAttempt(db: Db, username: string, ip: string | null, ok: boolean, at: Date, refused = false): Promise<void> {
  await db.loginAttempt.create({ data: { username, ip, ok, at, refused } });
}

/**
 * Too many failures from one address within the window. Without an address (the portal
 * running without its own server, e.g. `next dev`) there is no per-address limit: one shared
 * bucket would let anyone lock everyone out. The per-account-and-address lock applies either way.
 */
export async function ipRateLimited(db: Db, ip: string | null, policy: SecurityPolicy, now: Date): Promise<boolean> {
  if (!ip) return false;
  const since = new Date(now.getTime() - policy.ipWindowMinutes * 60_000);
  const failures = await db.loginAttempt.count({ where: { ip, ok: false, at: { gt: since, lte: now } } });
  return failures >= policy.ipMaxFailures;
}

/**
 * Guesses (wrong passwords, not refusals) for a username since the later of: the start of
 * the lockout period, the last success, and `clearedAt` (an administrator's unlock).
 * With `ip` given (null included) only that address's guesses count.
 */
export async function recentGuesses(db: Db, username: string, policy: SecurityPolicy, now: Date, opts: { ip?: string | null; clearedAt?: Date | null }): Promise<number> {
  const byAddress = opts.ip === undefined ? {} : { ip: opts.ip };
  let since = new Date(now.getTime() - policy.lockoutMinutes * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({ where: { username, ok: true, ...byAddress, at: { gt: since, lte: now } }, orderBy: { at: "desc" }, select: { at: true } });
  if (lastSuccess && lastSuccess.at > since) since = lastSuccess.at;
  if (opts.clearedAt && opts.clearedAt > since) since = opts.clearedAt;
  return db.loginAttempt.count({ where: { username, ok: false, refused: false, ...byAddress, at: { gt: since, lte: now } } });
}
