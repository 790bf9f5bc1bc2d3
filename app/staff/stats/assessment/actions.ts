"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import { WEIGHT_KEYS } from "@/lib/stats/assessment";
import { updateAssessmentWeights } from "@/lib/stats/assessment-weights";

export interface WeightsFormState {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, so that a refused submission loses nothing. */
  values: Record<string, string>;
}

export async function saveWeights(_prev: WeightsFormState, form: FormData): Promise<WeightsFormState> {
  const values = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, String(form.get(k) ?? "")]));
  try {
    // The server decides: updateAssessmentWeights refuses anyone who may not run the 考核, and no session.
    await updateAssessmentWeights(getDb(), await getActor(), values);
  } catch (err) {
    if (err instanceof FieldErrors) return { ok: false, message: err.userMessage, fieldErrors: err.fields, values };
    return { ok: false, message: userMessageOf(err), values };
  }
  revalidatePath("/staff/stats/assessment");
  return { ok: true, message: "计分办法已保存。已批准的季度不受影响。", values };
}
