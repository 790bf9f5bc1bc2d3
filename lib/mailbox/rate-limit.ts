// Per-client limits for the public mailbox, stored in the database so that several app
// instances count together (DESIGN §5). lib/security's limiter counts login failures only.
import type { Db } from "@/lib/db/client";

export const LIMITS = {
  /** Letters (and failed attempts at writing one) per client per hour. */
  submit: { max: 10, windowMinutes: 60 },
  /** Look-ups per client per 15 minutes, successful or not: a wrong code costs as much as a right one. */
  query: { max: 10, windowMinutes: 15 },
} as const;

export type LimitKind = keyof typeof LIMITS;

/** Counts this attempt and says whether the client is over its limit (the attempt included). */
export async function overLimit(db: Db, kind: LimitKind, client: string, now = new Date()): Promise<boolean> {
  const { max, windowMinutes } = LIMITS[kind];
  const bucket = `${kind}:${client}`;
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  await db.mailboxAttempt.create({ data: { bucket, at: now } });
  const n = await db.mailboxAttempt.count({ where: { bucket, at: { gt: since, lte: now } } });
  return n > max;
}
