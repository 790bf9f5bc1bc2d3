import { headers } from "next/headers";
import { CLIENT_IP_HEADER, CLIENT_IP_SERVER_FLAG } from "./client-address";

export { CLIENT_IP_HEADER, clientAddress, stampClientAddress, trustedProxyHops } from "./client-address";

/**
 * The client address of the current request (server components, actions, route handlers),
 * or null when the portal runs without its own server (`next dev`), where no trustworthy
 * address exists.
 */
export async function requestClientIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers());
}

/** The same, for code that holds the request's headers (next-auth's authorize). */
export function clientIpFromHeaders(h: { get(name: string): string | null } | Record<string, unknown> | undefined): string | null {
  if (process.env[CLIENT_IP_SERVER_FLAG] !== "1" || !h) return null;
  const value = typeof h.get === "function" ? (h as { get(name: string): string | null }).get(CLIENT_IP_HEADER) : (h as Record<string, unknown>)[CLIENT_IP_HEADER];
  return typeof value === "string" && value ? value : null;
}
