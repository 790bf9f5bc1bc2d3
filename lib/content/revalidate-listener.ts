// The receiving end of revalidate-broadcast.ts inside a running Next.js server. Next expires
// tags only inside a request, so the listener hands other instances' tags to this same process
// through a loopback request to /api/internal/revalidate, authenticated by a random token
// that never leaves the process (nginx also refuses /api/internal/ from outside).
import { randomBytes, timingSafeEqual } from "node:crypto";
import { listenForExpiry } from "./revalidate-broadcast";

const shared = globalThis as { __portalRevalidateToken?: string; __portalRevalidateListening?: boolean };

function token(): string {
  return (shared.__portalRevalidateToken ??= randomBytes(32).toString("hex"));
}

/** Whether a request carries this process's internal token. */
export function isInternalRequest(header: string | null): boolean {
  const want = shared.__portalRevalidateToken;
  if (!want || !header || header.length !== want.length) return false;
  return timingSafeEqual(Buffer.from(header), Buffer.from(want));
}

// The server's own address: set by `next start` once it listens (read per message, not at boot).
const selfOrigin = () => process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

function expireInThisProcess(tags: string[]): void {
  fetch(`${selfOrigin()}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-portal-internal": token() },
    body: JSON.stringify({ tags }),
  })
    .then((res) => {
      if (!res.ok) console.error(`broadcast revalidation refused: ${res.status}`);
    })
    .catch((err: Error) => console.error("broadcast revalidation failed:", err.message));
}

// A render that read the database before the change committed but stored its page (or its
// cached data) after the expiry counts as fresh in Next's cache: seen as a published item
// missing for the 60 s of the time-based refresh when a background refresh was under way.
// Expiring the same tags again a moment later, on every instance the sender included, drops
// such an entry; the second pass covers renders slowed down by a loaded machine.
const LATER_PASSES_MS = [300, 1000, 2500];

/** Starts listening once per process (instrumentation.ts calls this when the server starts). */
export function startRevalidateListener(): void {
  const url = process.env.DATABASE_URL;
  if (!url || shared.__portalRevalidateListening) return;
  shared.__portalRevalidateListening = true;
  token();
  listenForExpiry(url, (tags, fromSelf) => {
    // The sender expired its own cache in the request already.
    if (!fromSelf) expireInThisProcess(tags);
    for (const ms of LATER_PASSES_MS) setTimeout(() => expireInThisProcess(tags), ms);
  });
}
