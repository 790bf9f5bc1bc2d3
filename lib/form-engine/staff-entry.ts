// The staff workplace's entry to the workflow (lib/form-engine/staff-actions.ts). It refuses every
// call without a signed-in actor before anything is read, and it never passes the public entry
// options, so the transition refuses public and citizen steps here even to a signed-in actor:
// those go only through lib/form-engine/public/ with its protections.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { FieldErrors } from "./errors";
import { transition, type TransitionInput } from "./transition";

export type TransitionOutcome =
  | { ok: true; recordId: string; state: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

export const SIGN_IN_FIRST = "请先登录后再操作。";

export async function staffTransition(db: Db, actor: Actor | null, input: TransitionInput): Promise<TransitionOutcome> {
  if (!actor) return { ok: false, message: SIGN_IN_FIRST };
  try {
    // Only the fields of the input, whatever else a forged post carries.
    const { formKey, recordId, action, version, data, opinion } = input ?? ({} as TransitionInput);
    const r = await transition(db, actor, { formKey: String(formKey), recordId: recordId ?? null, action: String(action), version: version ?? null, data, opinion: opinion ?? null });
    return { ok: true, recordId: r.recordId, state: r.state };
  } catch (err) {
    if (err instanceof FieldErrors) return { ok: false, message: err.userMessage, fieldErrors: err.fields };
    return { ok: false, message: userMessageOf(err) };
  }
}
