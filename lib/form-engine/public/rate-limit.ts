// Per-client limits of the public entries, stored in the database so that several app
// instances count together (DESIGN §5). lib/security's limiter counts login failures only.
import type { Db } from "@/lib/db/client";

/** Counts this attempt and says whether the client is over `max` in the window (the attempt included). */
export async function overLimit(db: Db, bucket: string, max: number, windowMinutes: number, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  await db.publicAttempt.create({ data: { bucket, at: now } });
  const n = await db.publicAttempt.count({ where: { bucket, at: { gt: since, lte: now } } });
  return n > max;
}
