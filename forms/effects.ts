// Server-only: the effects definitions name. Kept apart from the definitions so that the
// browser can import a definition without the database code behind its effects.
import { applyColumnChangesEffect } from "@/lib/columns/effect";
import { publishEffect, withdrawEffect } from "@/lib/content/publish";
// Adds the Art. 17 confidentiality keyword guard to 推送 (issue 7).
import "@/lib/security/classified-guard-registration";
import type { Effect } from "@/lib/form-engine/types";
import { mailboxPublishEffect } from "@/lib/mailbox/revalidate";
import { adoptSubmissionEffect } from "@/lib/unit-submission/adopt";

/** Registered with the engine by name (forms/server.ts). */
export const EFFECTS: Effect[] = [publishEffect, withdrawEffect, mailboxPublishEffect, applyColumnChangesEffect, adoptSubmissionEffect];
