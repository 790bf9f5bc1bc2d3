// Server-only: registers every definition and the effects they name with the engine. Loaded
// once per server process by instrumentation.ts, and by the test setup and the scripts that
// drive the engine without Next.js.
import { dryRunGuard } from "@/lib/columns/dry-run-guard";
import { reportsToGuard } from "@/lib/columns/topic-requests";
import { getDb } from "@/lib/db/client";
import { registerGuard } from "@/lib/form-engine/guards";
import { registerEffect, registerForm } from "@/lib/form-engine/registry";
import { circularSectionGuard, quarterNotApprovedGuard } from "@/lib/stats/stats-effects";
import { ASSESSMENT_APPROVE_ACTION, ASSESSMENT_FORM, CIRCULAR_FORM } from "@/lib/stats/keys";
import { registerComputation } from "@/lib/form-engine/computations";
import { annualReportTables } from "@/lib/disclosure-report/computation";
import { uniqueYearGuard } from "@/lib/disclosure-report/guards";
import { ANNUAL_REPORT_FORM_KEY } from "./annual-report";
import { COLUMN_FORM } from "./column-assignment";
import { DISCLOSURE_CASES } from "./disclosure-request-report";
import { EFFECTS } from "./effects";
import { FORMS } from "./index";
import { TOPIC_FORM } from "./topic-column-request";

// Next.js may evaluate this module once per route bundle (instrumentation.ts, and pages whose
// params are collected at build time import it too): the first copy registers, the others
// find the flag on globalThis and leave the registry as it is.
const flag = globalThis as { __portalFormsRegistered?: boolean };
if (!flag.__portalFormsRegistered) {
  flag.__portalFormsRegistered = true;
  for (const def of FORMS) registerForm(def);
  for (const e of EFFECTS) registerEffect(e);
  // Tries a column table change on the live table when it is proposed (issue 6).
  registerGuard(COLUMN_FORM, "submit", dryRunGuard(getDb));
  // A unit's 专题专栏 request goes to the city section it reports to (Art. 6).
  registerGuard(TOPIC_FORM, "report", reportsToGuard(getDb));
  // 考核 and 通报 (issue 13 items 8, 9): a quarter is frozen once; a 通报 names a real section.
  registerGuard(ASSESSMENT_FORM, ASSESSMENT_APPROVE_ACTION, quarterNotApprovedGuard(getDb));
  for (const action of ["save", "submit"]) registerGuard(CIRCULAR_FORM, action, circularSectionGuard(getDb));
  // The annual report (issue 12): one per year; tables 二 and 三 counted from the database.
  for (const a of ["save", "submit"]) registerGuard(ANNUAL_REPORT_FORM_KEY, a, uniqueYearGuard(getDb));
  registerComputation(annualReportTables(DISCLOSURE_CASES));
}
