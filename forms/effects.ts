// Server-only: the effects definitions name. Kept apart from the definitions so that the
// browser can import a definition without the database code behind its effects.
import { applyColumnChangesEffect } from "@/lib/columns/effect";
// Tries a column table change on the live table when it is proposed (issue 6).
import "@/lib/columns/dry-run-guard";
import { publishEffect, withdrawEffect } from "@/lib/content/publish";
// Adds the Art. 17 confidentiality keyword guard to 推送 (issue 7).
import "@/lib/security/classified-guard-registration";
import type { ActionDef, Effect } from "@/lib/form-engine/types";
import { mailboxPublishEffect } from "@/lib/mailbox/revalidate";

const EFFECTS: Record<string, Effect> = { publish: publishEffect, withdraw: withdrawEffect, mailboxPublish: mailboxPublishEffect, applyColumnChanges: applyColumnChangesEffect };

export function effectsOf(action: ActionDef): Effect[] {
  return (action.effects ?? []).map((name) => {
    const e = EFFECTS[name];
    if (!e) throw new Error(`unknown effect ${name} in action ${action.key}`);
    return e;
  });
}
