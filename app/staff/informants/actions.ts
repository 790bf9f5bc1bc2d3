"use server";

import { runAction, type ActionState } from "@/lib/auth/action";
import { setInformant } from "@/lib/columns/informants";

export async function saveInformant(_previous: ActionState | null, form: FormData): Promise<ActionState> {
  return runAction("/staff/informants", (db, actor) =>
    setInformant(db, actor, { sectionId: String(form.get("sectionId") ?? ""), name: String(form.get("name") ?? ""), officePhone: String(form.get("officePhone") ?? "") }));
}
