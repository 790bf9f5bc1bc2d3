import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getPolicy } from "@/lib/security/policy";
import { passwordChangeReason, type Actor, type PasswordChangeReason } from "./login";
import { authOptions } from "./options";

export const PASSWORD_PAGE = "/staff/password";

/** The signed-in account as the database has it now, with any pending forced password change. */
export async function getSessionState(): Promise<{ actor: Actor; passwordChange: PasswordChangeReason } | null> {
  // The jwt callback has already dropped the actor of an idle session (lib/auth/idle.ts).
  const session = await getServerSession(authOptions);
  const actor = session?.actor;
  if (!actor) return null;
  const db = getDb();
  const account = await db.account.findUnique({
    where: { id: actor.id },
    select: { disabled: true, sessionVersion: true, roles: true, sectionId: true, displayName: true, mustChangePassword: true, passwordChangedAt: true, section: { select: { name: true } } },
  });
  if (!account || account.disabled) return null;
  // Signed out, password changed, disabled or reset since this session began: revoked.
  if (session.sessionVersion !== account.sessionVersion) return null;
  // Roles and section come from the database, so a change takes effect at once.
  return {
    actor: { ...actor, roles: account.roles, sectionId: account.sectionId, sectionName: account.section.name, displayName: account.displayName },
    passwordChange: passwordChangeReason(account, await getPolicy(db), new Date()),
  };
}

// proxy.ts overwrites x-pathname on every request, so a client cannot choose it.
async function onPasswordPage(): Promise<boolean> {
  return (await headers()).get("x-pathname") === PASSWORD_PAGE;
}

/**
 * The signed-in staff member, or null. A disabled or deleted account, an idle session, and an
 * account that must first change its (temporary or expired) password count as signed out.
 */
export async function getActor(): Promise<Actor | null> {
  const state = await getSessionState();
  if (!state) return null;
  if (state.passwordChange && !(await onPasswordPage())) return null;
  return state.actor;
}

/** For staff pages: the actor, or a redirect to the login page (or to the password change). */
export async function requireActor(returnTo = "/staff"): Promise<Actor> {
  const state = await getSessionState();
  if (!state) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (state.passwordChange && !(await onPasswordPage())) redirect(PASSWORD_PAGE);
  return state.actor;
}
