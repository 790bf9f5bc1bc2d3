import type { Db } from "@/lib/db/client";
import type { AuditEvent, Prisma } from "@/lib/generated/prisma/client";
import { chainHash } from "./hash";
import { eventMac, macEquals } from "./key";

export interface ChainPoint {
  id: bigint;
  hash: string;
}

export type BreakReason =
  | "hash_mismatch" // an event's contents do not give its hash
  | "prev_mismatch" // an event does not link to its predecessor (inserted or removed rows)
  | "mac_mismatch" // the hash is not signed with the audit key (rewritten and re-chained)
  | "unsigned_after_signed" // a MAC stripped from an event after signing began
  | "checkpoint_mismatch"; // the event of the last checkpoint is gone or different (tail deleted or rewritten)

export type VerifyResult =
  | { ok: true; checked: number; last: ChainPoint | null }
  | { ok: false; checked: number; brokenAt: bigint; reason: BreakReason };

type Reader = Db | Prisma.TransactionClient;

/**
 * Walks the audit chain in id order and reports the first event whose hash does not match its
 * contents, whose prevHash is not its predecessor's hash, or whose MAC was not made with the
 * audit key. With `from` (a checkpoint kept outside the database) the walk starts there, and
 * the checkpoint's event must still exist unchanged; with `checkpoint` a full walk also
 * requires that event (the newest events deleted together leave no broken link behind).
 * Events written before the key existed carry no MAC; once one is signed, all later ones must be.
 */
export async function verifyAuditChain(db: Reader, opts: { from?: ChainPoint; checkpoint?: ChainPoint | null; batch?: number } = {}): Promise<VerifyResult> {
  const batch = opts.batch ?? 1000;
  let prevHash: string | null = null;
  let lastId: bigint | null = null;
  let signed = false;
  let checked = 0;
  let last: ChainPoint | null = null;
  if (opts.from) {
    const at = await db.auditEvent.findUnique({ where: { id: opts.from.id } });
    if (!at || at.hash !== opts.from.hash) return { ok: false, checked, brokenAt: opts.from.id, reason: "checkpoint_mismatch" };
    prevHash = at.hash;
    lastId = at.id;
    signed = at.mac !== null;
    last = { id: at.id, hash: at.hash };
  }
  const checkpoint = opts.checkpoint ?? null;
  let checkpointSeen = checkpoint === null || (opts.from !== undefined && opts.from.id === checkpoint.id);
  for (;;) {
    const rows: AuditEvent[] = await db.auditEvent.findMany({ where: lastId === null ? {} : { id: { gt: lastId } }, orderBy: { id: "asc" }, take: batch });
    if (rows.length === 0) break;
    for (const e of rows) {
      if (checkpoint && !checkpointSeen && e.id > checkpoint.id) return { ok: false, checked, brokenAt: checkpoint.id, reason: "checkpoint_mismatch" };
      if (e.prevHash !== prevHash) return { ok: false, checked, brokenAt: e.id, reason: "prev_mismatch" };
      const fields = { at: e.at, actorId: e.actorId, actorName: e.actorName, action: e.action, objectType: e.objectType, objectId: e.objectId, detail: e.detail, ip: e.ip };
      if (chainHash(e.prevHash, fields) !== e.hash) return { ok: false, checked, brokenAt: e.id, reason: "hash_mismatch" };
      if (e.mac === null) {
        if (signed) return { ok: false, checked, brokenAt: e.id, reason: "unsigned_after_signed" };
      } else {
        if (!macEquals(e.mac, eventMac(e.hash))) return { ok: false, checked, brokenAt: e.id, reason: "mac_mismatch" };
        signed = true;
      }
      if (checkpoint && e.id === checkpoint.id) {
        if (e.hash !== checkpoint.hash) return { ok: false, checked, brokenAt: e.id, reason: "checkpoint_mismatch" };
        checkpointSeen = true;
      }
      prevHash = e.hash;
      lastId = e.id;
      last = { id: e.id, hash: e.hash };
      checked++;
    }
  }
  if (!checkpointSeen) return { ok: false, checked, brokenAt: checkpoint!.id, reason: "checkpoint_mismatch" };
  return { ok: true, checked, last };
}

export const BREAK_MESSAGES: Record<BreakReason, string> = {
  hash_mismatch: "内容与哈希不符（记录被修改）",
  prev_mismatch: "与前一条记录的哈希不衔接（记录被插入或删除）",
  mac_mismatch: "审计密钥签名不符（记录被改写后重新计算了哈希链）",
  unsigned_after_signed: "缺少审计密钥签名（签名被删除）",
  checkpoint_mismatch: "库外检查点记录的事件已不存在或已被改写（最新的记录被删除或改写）",
};
