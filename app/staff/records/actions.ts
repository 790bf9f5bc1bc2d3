"use server";

import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { staffTransition, type TransitionOutcome } from "@/lib/form-engine/staff-entry";
import type { TransitionInput } from "@/lib/form-engine/transition";

export type { TransitionOutcome };

/** The staff browser's one entry to the workflow: a session is required (lib/form-engine/staff-entry.ts). */
export async function runTransition(input: TransitionInput): Promise<TransitionOutcome> {
  return staffTransition(getDb(), await getActor(), input);
}
