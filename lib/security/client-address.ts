import type { IncomingMessage } from "node:http";

// Kept free of Next.js imports: scripts/serve-next.ts loads it before Next.js is ready.

/**
 * Where a request came from (read it with requestClientIp() in ./client-ip.ts, the one place
 * the app asks).
 *
 * A client can put anything in X-Forwarded-For, so the header is believed only as far as
 * the operator says there are proxies of their own in front (TRUSTED_PROXY_HOPS, default 0):
 * each trusted proxy appends the address it saw, so with N hops the N-th entry from the right
 * is the address the outermost trusted proxy saw. With 0 hops the TCP peer is the client.
 *
 * Next.js gives route handlers and server actions no socket address, so the portal's own
 * server (scripts/serve-next.ts) calls clientAddress() for every request and passes the
 * answer on in CLIENT_IP_HEADER, after removing any copy the client sent.
 */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

/** Set in the process by scripts/serve-next.ts; without it CLIENT_IP_HEADER is not ours. */
export const CLIENT_IP_SERVER_FLAG = "PORTAL_CLIENT_IP_FROM_SOCKET";

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${raw}"`);
  return hops;
}

/** Strips the IPv4-mapped IPv6 prefix, so that one client has one spelling. */
function normalize(address: string | undefined | null): string | null {
  const a = address?.trim();
  if (!a) return null;
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

/**
 * The client address of one request: the socket's peer, unless `hops` trusted proxies are
 * configured and the request carries that many X-Forwarded-For entries (fewer means it did
 * not come through them, so the peer is all we know).
 */
export function clientAddress(socketAddress: string | undefined | null, forwardedFor: string | string[] | undefined | null, hops: number): string | null {
  if (hops > 0 && forwardedFor) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").map((e) => e.trim()).filter(Boolean);
    if (entries.length >= hops) return normalize(entries[entries.length - hops]);
  }
  return normalize(socketAddress);
}

/**
 * Run by the portal's server on every request before Next.js sees it: drops any
 * CLIENT_IP_HEADER the client sent and sets the real one.
 */
export function stampClientAddress(req: IncomingMessage, hops: number): void {
  delete req.headers[CLIENT_IP_HEADER];
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  if (address) req.headers[CLIENT_IP_HEADER] = address;
}

