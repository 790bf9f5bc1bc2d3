import { cookies } from "next/headers";
import { encode, type JWT } from "next-auth/jwt";
import type { Actor } from "./login";

/** Lifetime of a session token (idle logout ends it sooner, lib/auth/idle.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// next-auth's own naming, so that getServerSession reads what the login action writes.
function secureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}
export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The token of a fresh session. `sv` is the account's session version at sign-in: raising
 * the version in the database ends every session that carries an older one.
 */
export function sessionToken(actor: Actor, sessionVersion: number, now = Date.now()): JWT {
  return { name: actor.displayName, sub: actor.id, actor, sv: sessionVersion, lastSeen: now };
}

/** Signs the account in on this browser (server actions only: it sets the cookie). */
export async function issueSession(actor: Actor, sessionVersion: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const value = await encode({ token: sessionToken(actor, sessionVersion), secret, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(sessionCookieName(), value, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
