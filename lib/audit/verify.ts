import type { Db } from "@/lib/db/client";
import type { AuditEvent, Prisma } from "@/lib/generated/prisma/client";
import { chainHash } from "./hash";

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: bigint; reason: "hash_mismatch" | "prev_mismatch" };

/**
 * Walks the audit chain in id order and reports the first event whose hash does not match
 * its contents, or whose prevHash is not its predecessor's hash (an edited, inserted or removed row).
 */
export async function verifyAuditChain(db: Db | Prisma.TransactionClient, batch = 1000): Promise<VerifyResult> {
  let prevHash: string | null = null;
  let lastId: bigint | null = null;
  let checked = 0;
  for (;;) {
    const rows: AuditEvent[] = await db.auditEvent.findMany({ where: lastId === null ? {} : { id: { gt: lastId } }, orderBy: { id: "asc" }, take: batch });
    if (rows.length === 0) return { ok: true, checked };
    for (const e of rows) {
      if (e.prevHash !== prevHash) return { ok: false, checked, brokenAt: e.id, reason: "prev_mismatch" };
      const fields = { at: e.at, actorId: e.actorId, actorName: e.actorName, action: e.action, objectType: e.objectType, objectId: e.objectId, detail: e.detail, ip: e.ip };
      if (chainHash(e.prevHash, fields) !== e.hash) return { ok: false, checked, brokenAt: e.id, reason: "hash_mismatch" };
      prevHash = e.hash;
      lastId = e.id;
      checked++;
    }
  }
}
