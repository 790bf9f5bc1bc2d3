import { getDb } from "@/lib/db/client";
import { migrationStatus } from "@/lib/security/health";

export const dynamic = "force-dynamic";

/** For monitoring: 200 when the database answers and every migration folder is applied, else 503. */
export async function GET() {
  let body: { ok: boolean; database: "reachable" | "unreachable"; migrations: "current" | "pending" | "unknown"; pending?: string[] };
  try {
    const status = await migrationStatus(getDb());
    body = { ok: status.pending.length === 0, database: "reachable", migrations: status.pending.length ? "pending" : "current", ...(status.pending.length ? { pending: status.pending } : {}) };
  } catch (err) {
    console.error("health check failed", err);
    body = { ok: false, database: "unreachable", migrations: "unknown" };
  }
  return Response.json(body, { status: body.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
