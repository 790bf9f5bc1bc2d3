import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { Actor } from "./login";
import { authOptions } from "./options";

/** The signed-in staff member, or null. A disabled or deleted account counts as signed out. */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const actor = session?.actor;
  if (!actor) return null;
  const account = await getDb().account.findUnique({
    where: { id: actor.id },
    select: { disabled: true, roles: true, sectionId: true, displayName: true, section: { select: { name: true } } },
  });
  if (!account || account.disabled) return null;
  // Roles and section come from the database, so a change takes effect at once.
  return { ...actor, roles: account.roles, sectionId: account.sectionId, sectionName: account.section.name, displayName: account.displayName };
}

/** For staff pages: the actor, or a redirect to the login page. */
export async function requireActor(returnTo = "/staff"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
