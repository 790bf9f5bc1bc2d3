// Whether a live article went through the whole approval path of the definition that published
// it (Art. 9 for the 审批表, the deputy's approval for the annual report, the last 补签 of a
// 紧急发布). Read from the append-only events, not the record's state column: the record must hold
// an event of an action its definition declares as leading into "published" from another state,
// and that event must have reached it (the last signature of an all-must-sign step).
import { getForm } from "@/lib/form-engine/registry";

/** The state every definition that publishes an article ends in. */
export const PUBLISHED_STATE = "published";

export interface EventStep { action: string; toState: string }

export function fullyApproved(formKey: string, events: EventStep[]): boolean {
  const def = getForm(formKey);
  if (!def) return false;
  const publishing = new Set(def.actions.filter((a) => a.to === PUBLISHED_STATE && !a.from.includes(PUBLISHED_STATE)).map((a) => a.key));
  return events.some((e) => publishing.has(e.action) && e.toState === PUBLISHED_STATE);
}
