"use server";

import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import { transition, type TransitionInput } from "@/lib/form-engine/transition";

export type TransitionOutcome =
  | { ok: true; recordId: string; state: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** The browser's one entry to the workflow; the transition decides everything. */
export async function runTransition(input: TransitionInput): Promise<TransitionOutcome> {
  try {
    const actor = await getActor();
    const r = await transition(getDb(), actor, input);
    return { ok: true, recordId: r.recordId, state: r.state };
  } catch (err) {
    if (err instanceof FieldErrors) return { ok: false, message: err.userMessage, fieldErrors: err.fields };
    return { ok: false, message: userMessageOf(err) };
  }
}
