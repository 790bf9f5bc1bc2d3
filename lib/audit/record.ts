import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { chainHash, type AuditFields } from "./hash";
import { eventMac } from "./key";

export interface AuditInput {
  actorId?: string | null;
  actorName: string;
  action: string; // e.g. "login.success", "form.transition"
  objectType: string;
  objectId?: string | null;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
}

type Tx = Prisma.TransactionClient;

/** Appends one event to the hash chain. Pass a transaction client to commit it with the change it records. */
export async function recordAudit(client: Tx, input: AuditInput): Promise<void> {
  // One writer at a time extends the chain, so that no two events share a predecessor.
  await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('audit_events_chain'))`;
  const last = await client.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const fields: AuditFields = {
    at: new Date(),
    actorId: input.actorId ?? null,
    actorName: input.actorName,
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId ?? null,
    detail: input.detail ?? null,
    ip: input.ip ?? null,
  };
  const prevHash = last?.hash ?? null;
  const hash = chainHash(prevHash, fields);
  await client.auditEvent.create({
    data: { ...fields, detail: input.detail, prevHash, hash, mac: eventMac(hash) },
  });
}

/** Records an event in a transaction of its own. */
export function recordAuditNow(db: Db, input: AuditInput): Promise<void> {
  return db.$transaction((tx) => recordAudit(tx, input));
}
