// The 考核 weights are changed by whoever may run the 考核 (the definition's parties decide:
// `allowed(actor, { start: ASSESSMENT_FORM })`, i.e. xxtjk-kz), each change audited with the
// values before and after. An approved quarter keeps the weights it was approved with.
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/login";
import { allowed } from "@/lib/auth/permissions";
import { FORBIDDEN_MESSAGE } from "@/lib/auth/can";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import { loadWeights, WEIGHT_KEYS, type WeightKey } from "./assessment";
import { ASSESSMENT_FORM } from "./keys";

export const WEIGHT_LIMIT = 1000;

export function mayConfigureAssessment(actor: Actor | null, db: Db): Promise<boolean> {
  return allowed(actor, { start: ASSESSMENT_FORM }, db);
}

/** Reads the posted points: whole numbers between −1000 and 1000, every key present. */
export function parseWeights(input: Record<string, unknown>): Record<WeightKey, number> {
  const errors: Record<string, string> = {};
  const out = {} as Record<WeightKey, number>;
  for (const k of WEIGHT_KEYS) {
    const raw = String(input[k] ?? "").trim();
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || Math.abs(n) > WEIGHT_LIMIT) errors[k] = `请填写−${WEIGHT_LIMIT}到${WEIGHT_LIMIT}之间的整数`;
    else out[k] = n;
  }
  if (Object.keys(errors).length) throw new FieldErrors(errors);
  return out;
}

export async function updateAssessmentWeights(db: Db, actor: Actor | null, input: Record<string, unknown>): Promise<void> {
  if (!(await mayConfigureAssessment(actor, db)) || !actor) throw new AppError("forbidden", FORBIDDEN_MESSAGE);
  const next = parseWeights(input);
  await db.$transaction(async (tx) => {
    const before = Object.fromEntries((await loadWeights(tx)).map((w) => [w.key, w.points]));
    for (const k of WEIGHT_KEYS) await tx.assessmentWeight.upsert({ where: { key: k }, create: { key: k, points: next[k], updatedById: actor.id }, update: { points: next[k], updatedById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, actorName: actor.username, action: "assessment.weights_update", objectType: "assessment_weights", objectId: null, detail: { before, after: next } });
  });
}
