"use server";

import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { staffTransition, type TransitionOutcome } from "@/lib/form-engine/staff-entry";
import type { TransitionInput } from "@/lib/form-engine/transition";
import { redirect } from "next/navigation";
import { getForm } from "@/lib/form-engine/registry";
import { postedTransition } from "@/lib/form-engine/form-post";

export type { TransitionOutcome };

/** The staff browser's one entry to the workflow: a session is required (lib/form-engine/staff-entry.ts). */
export async function runTransition(input: TransitionInput): Promise<TransitionOutcome> {
  return staffTransition(getDb(), await getActor(), input);
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
