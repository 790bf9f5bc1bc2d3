import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { recordAuditNow } from "./record";

/**
 * Records that a staff member saw a letter writer's personal data (name, phone, address…).
 * Call it from every page or export that shows such data, before showing it.
 */
export function recordPersonalDataView(
  db: Db,
  actor: Pick<Actor, "id" | "username">,
  view: { objectType: string; objectId: string; fields: readonly string[]; ip?: string | null },
): Promise<void> {
  return recordAuditNow(db, {
    actorId: actor.id,
    actorName: actor.username,
    action: "personal_data.view",
    objectType: view.objectType,
    objectId: view.objectId,
    detail: { fields: [...view.fields] },
    ip: view.ip ?? null,
  });
}
