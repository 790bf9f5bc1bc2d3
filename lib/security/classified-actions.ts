"use server";

import { runAction, type ActionState } from "@/lib/auth/action";
import { confirmClassifiedCheck } from "@/lib/security/classified-guard";

/** A reviewer confirms that an item with classified keywords is not classified (Art. 17). */
export async function confirmClassifiedAction(_previous: ActionState | null, form: FormData): Promise<ActionState> {
  const recordId = String(form.get("recordId") ?? "");
  return runAction(`/staff/records/${recordId}`, async (db, actor) => {
    await confirmClassifiedCheck(db, actor, recordId);
    return "已确认不涉密，可以推送。";
  });
}
