import type { JWT } from "next-auth/jwt";

/**
 * The jwt callback's idle rule: a token unused for longer than the policy allows loses its
 * actor (signed out); otherwise its lastSeen moves to now. Pure, so a test can move the clock.
 */
export function touchToken(token: JWT, now: number, idleMinutes: number): JWT {
  const lastSeen = typeof token.lastSeen === "number" ? token.lastSeen : now;
  if (now - lastSeen > idleMinutes * 60_000) {
    const { actor: _actor, ...rest } = token;
    return { ...rest, lastSeen: now, idleExpired: true };
  }
  return { ...token, lastSeen: now };
}
