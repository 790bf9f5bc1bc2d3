import { headers } from "next/headers";

/**
 * The client address from an X-Forwarded-For value. The reverse proxy (or Next.js itself,
 * when there is none) appends the address it saw, so the last entry is the one a client
 * cannot forge; the first is whatever the client chose to send.
 */
export function clientIpFrom(forwardedFor: string | null | undefined): string | null {
  return forwardedFor?.split(",").at(-1)?.trim() || null;
}

/** The client address of the current request (server components and actions). */
export async function requestClientIp(): Promise<string | null> {
  return clientIpFrom((await headers()).get("x-forwarded-for"));
}
