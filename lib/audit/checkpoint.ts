// The audit checkpoint: the newest verified event's id and hash, signed with the audit key and
// kept in a file outside PostgreSQL (issue 15 item 8). Deleting the newest events leaves no
// broken link in the chain; the checkpoint still names an event that must exist.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { hmac, macEquals } from "./key";
import { verifyAuditChain, type ChainPoint, type VerifyResult } from "./verify";

export function checkpointFile(): string {
  return path.resolve(process.env.AUDIT_CHECKPOINT_FILE || path.join(process.env.PORTAL_DATA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data"), "audit-checkpoint.json"));
}

const checkpointMac = (p: ChainPoint) => hmac(`checkpoint:${p.id}:${p.hash}`);

export class CheckpointError extends Error {}

/** The stored checkpoint, or null before the first; a file whose MAC is wrong is an error. */
export function readCheckpoint(file = checkpointFile()): ChainPoint | null {
  if (!fs.existsSync(file)) return null;
  const raw = JSON.parse(fs.readFileSync(file, "utf8")) as { id: string; hash: string; mac: string };
  const point = { id: BigInt(raw.id), hash: raw.hash };
  if (!macEquals(raw.mac, checkpointMac(point))) throw new CheckpointError(`审计检查点文件 ${file} 的签名不符，可能被篡改。`);
  return point;
}

export function writeCheckpoint(point: ChainPoint, file = checkpointFile()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const body = { id: point.id.toString(), hash: point.hash, mac: checkpointMac(point), at: new Date().toISOString() };
  fs.writeFileSync(tmp, JSON.stringify(body, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * Verifies the chain from the last checkpoint to the newest event and, only when it holds,
 * moves the checkpoint forward; a broken chain keeps the old checkpoint as evidence.
 * `full` walks from the first event instead (npm run audit:verify).
 */
export async function verifyAndCheckpoint(db: Db, opts: { full?: boolean; file?: string } = {}): Promise<VerifyResult> {
  const file = opts.file ?? checkpointFile();
  const checkpoint = readCheckpoint(file);
  const result = opts.full || !checkpoint ? await verifyAuditChain(db, { checkpoint }) : await verifyAuditChain(db, { from: checkpoint, checkpoint });
  if (result.ok && result.last && (!checkpoint || result.last.id >= checkpoint.id)) writeCheckpoint(result.last, file);
  return result;
}
