// Server-only: the effects definitions name. Kept apart from the definitions so that the
// browser can import a definition without the database code behind its effects.
import { applyColumnChangesEffect } from "@/lib/columns/effect";
import { createTopicColumnDraftEffect } from "@/lib/columns/topic-requests";
import { bannerHideEffect, bannerShowEffect } from "@/lib/content/banner";
import { documentStatusEffect, publishEffect, withdrawEffect } from "@/lib/content/publish";
import { publishUrgentEffect } from "@/lib/content/urgent-publish";
import { annualReportPublishEffect } from "@/lib/disclosure-report/publish";
// Adds the Art. 17 confidentiality keyword guard to 推送 (issue 7).
import "@/lib/security/classified-guard-registration";
import type { Effect } from "@/lib/form-engine/types";
import { mailboxPublishEffect } from "@/lib/mailbox/revalidate";
import { freezeAssessmentEffect } from "@/lib/stats/stats-effects";
import { adoptSubmissionEffect } from "@/lib/unit-submission/adopt";

/** Registered with the engine by name (forms/server.ts). */
export const EFFECTS: Effect[] = [publishEffect, withdrawEffect, mailboxPublishEffect, applyColumnChangesEffect, createTopicColumnDraftEffect, freezeAssessmentEffect, documentStatusEffect, annualReportPublishEffect, bannerShowEffect, bannerHideEffect, publishUrgentEffect, adoptSubmissionEffect];
