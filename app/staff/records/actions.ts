"use server";

import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import { redirect } from "next/navigation";
import { getForm } from "@/forms";
import { postedTransition } from "@/lib/form-engine/form-post";
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

export type PostedOutcome = { message: string; fieldErrors?: Record<string, string> } | null;

/**
 * The same step posted by a plain <form method="post"> (JavaScript off): the same transition,
 * then the record page; a refusal comes back to the form with its Chinese messages.
 */
export async function postTransition(_prev: PostedOutcome, form: FormData): Promise<PostedOutcome> {
  const { done, ...input } = postedTransition(form.entries());
  const r = await runTransition(input);
  if (!r.ok) return { message: r.message, fieldErrors: r.fieldErrors };
  const label = getForm(input.formKey)?.actions.find((a) => a.key === input.action)?.label ?? "";
  redirect(`${done.replace(":id", r.recordId)}?done=${encodeURIComponent(label)}`);
}
