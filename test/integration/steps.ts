// Steps of a form through the one transition, as a demo account (or signed out), for integration
// tests: the record's current version is read first, as the record page sends it.
import { expect } from "vitest";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition, type TransitionInput } from "@/lib/form-engine/transition";
import { db } from "./db";

/** The AppError a refused call throws (fails the test when the call succeeds or throws anything else). */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** `act` runs any input as `username` (null: no session); `step` acts on a record at its current version. */
export function formSteps(formKey: string) {
  async function act(username: string | null, input: Omit<TransitionInput, "formKey">, key = formKey) {
    return transition(db(), username ? await actorOf(db(), username) : null, { formKey: key, ...input });
  }
  async function step(username: string | null, recordId: string, action: string, extra: Partial<TransitionInput> = {}) {
    const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    return act(username, { recordId, action, version: r.version, ...extra });
  }
  return { act, step };
}
