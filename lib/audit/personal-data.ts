import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { recordAuditNow } from "./record";

/**
 * Records that a staff member saw personal data (name, phone, ID number, address…) of a case
 * unmasked. lib/form-engine/personal.ts calls it for every field a definition marks `personal`;
 * call it from any other page or export that shows such data, before showing it.
 */
export function recordPersonalDataView(
  db: Db,
  actor: Pick<Actor, "id" | "username">,
  view: { objectType: string; objectId: string; fields: readonly string[]; ip?: string | null; purpose?: "view" | "print" | "export"; formKey?: string },
): Promise<void> {
  return recordAuditNow(db, {
    actorId: actor.id,
    actorName: actor.username,
    action: "personal_data.view",
    objectType: view.objectType,
    objectId: view.objectId,
    detail: { fields: [...view.fields], ...(view.purpose && view.purpose !== "view" ? { purpose: view.purpose } : {}), ...(view.formKey ? { formKey: view.formKey } : {}) },
    ip: view.ip ?? null,
  });
}
