// The one permission entry point for pages, route handlers and server actions. It answers both
// kinds of question: a role permission of the table in can.ts, and a workflow question about a
// form record (may this actor start one, see one, take an action on one), which the engine
// decides from the definition's parties (lib/form-engine/authorize.ts). Pages ask here instead
// of checking roles themselves.
import type { Actor } from "@/lib/auth/login";
import { getDb, type Db } from "@/lib/db/client";
import { allowedActions, canView } from "@/lib/form-engine/authorize";
import { creationFacts, factsOf, loadRecord } from "@/lib/form-engine/records";
import { getForm } from "@/lib/form-engine/registry";
import { canAct } from "@/lib/form-engine/transition";
import { can, type Permission } from "./can";

export type Question =
  | { permission: Permission }
  /** Create a record of this form (some action from "new" is the actor's). */
  | { start: string }
  /** See this record. */
  | { view: string }
  /** Take this action on this record now. */
  | { act: string; on: string };

export async function allowed(actor: Actor | null, q: Question, db: Db = getDb()): Promise<boolean> {
  if ("permission" in q) return can(actor, q.permission);
  if (!actor) return false;
  if ("start" in q) {
    const def = getForm(q.start);
    return !!def && allowedActions(def, actor, await creationFacts(db, actor)).length > 0;
  }
  if ("view" in q) {
    const r = await loadRecord(db, q.view);
    const def = r && getForm(r.formKey);
    return !!r && !!def && canView(def, actor, factsOf(def, r));
  }
  return canAct(db, actor, q.on, q.act);
}
