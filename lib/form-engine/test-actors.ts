// Test helper: demo accounts as the Actor the session would give.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";

export async function actorOf(db: Db, username: string): Promise<Actor> {
  const a = await db.account.findUniqueOrThrow({ where: { username }, include: { section: { select: { name: true } } } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}
