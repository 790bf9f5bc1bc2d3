// An action's `sets`: fixed values a step writes after the user's edits (declared routing).
import { holds, type ConditionContext } from "./define";
import type { ActionDef, FormData } from "./types";

export function applySets(action: ActionDef, data: FormData, conditions: ConditionContext): FormData {
  if (!action.sets?.length) return data;
  const out = { ...data };
  for (const s of action.sets) if (holds(s.when, data, conditions)) out[s.field] = s.value;
  return out;
}
