import type { Db } from "@/lib/db/client";

/** Ends every session of an account (sign-out; lib/auth/session.ts refuses older versions). */
export async function revokeSessions(db: Db, accountId: string): Promise<void> {
  await db.account.updateMany({ where: { id: accountId }, data: { sessionVersion: { increment: 1 } } });
}
