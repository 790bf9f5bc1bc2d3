// Revalidation across instances (issue 16, DESIGN §10): every instance behind the proxy keeps
// its own page cache, so an expiry made on one is broadcast over PostgreSQL NOTIFY and each
// other instance expires the same tags in its own cache (revalidate-listener.ts). PostgreSQL is
// already shared by all instances; no other server is needed.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { getDb } from "@/lib/db/client";

export const REVALIDATE_CHANNEL = "portal_revalidate";

interface Message {
  from: string;
  tags: string[];
}

const shared = globalThis as { __portalInstanceId?: string };

/** This process's id, shared by every bundle of the process, so that it skips its own messages. */
export function instanceId(): string {
  return (shared.__portalInstanceId ??= randomUUID());
}

/** Tells every other instance to expire `tags`. Never throws: a lost broadcast is logged. */
export function broadcastExpiry(tags: string[]): Promise<void> {
  // Unit tests and tools without a database have no other instance to tell.
  if (!process.env.DATABASE_URL || tags.length === 0) return Promise.resolve();
  const payload = JSON.stringify({ from: instanceId(), tags } satisfies Message);
  return getDb()
    .$executeRaw`SELECT pg_notify(${REVALIDATE_CHANNEL}, ${payload})`
    .then(() => undefined)
    .catch((err: unknown) => console.error("revalidation broadcast failed:", (err as Error).message));
}

/**
 * Listens for every instance's expiries (this one's too, `fromSelf`) on a dedicated connection
 * and hands their tags to `onTags`; reconnects after a lost connection (the page cache also
 * expires by time, so a message missed while reconnecting costs at most that interval).
 * Returns a stop function.
 */
export function listenForExpiry(url: string, onTags: (tags: string[], fromSelf: boolean) => void, self = instanceId()): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    const c = new pg.Client({ connectionString: url, application_name: "portal-revalidate-listener" });
    client = c;
    const again = () => {
      if (stopped || client !== c) return;
      client = null;
      c.end().catch(() => {});
      retry = setTimeout(() => void connect(), 1000);
    };
    c.on("error", (err) => {
      console.error("revalidation listener lost its connection:", err.message);
      again();
    });
    c.on("end", again);
    c.on("notification", (n) => {
      try {
        const m = JSON.parse(n.payload ?? "") as Message;
        if (Array.isArray(m.tags)) onTags(m.tags.filter((t) => typeof t === "string"), m.from === self);
      } catch {
        console.error("revalidation listener ignored a malformed message");
      }
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${REVALIDATE_CHANNEL}`);
    } catch (err) {
      console.error("revalidation listener cannot connect:", (err as Error).message);
      again();
    }
  };
  void connect();

  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
