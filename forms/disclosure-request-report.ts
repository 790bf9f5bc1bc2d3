// How the annual report (forms/annual-report.ts) reads the 依申请公开 cases: which step registers
// a case, which states conclude it and with which outcome row of table 三.
import type { CaseSource } from "@/lib/disclosure-report/count";
import { DISCLOSURE_FORM_KEY, OUTCOMES } from "./disclosure-request";

export const DISCLOSURE_CASES: CaseSource = {
  formKey: DISCLOSURE_FORM_KEY,
  registeredBy: "register",
  // 答复 carries its outcome; 逾期不补正 is row 三(六)1 of the template.
  concludedIn: { answered: null, closed_no_correction: "3.6.1" },
  outcomeField: "outcome",
  outcomeCodes: Object.fromEntries(OUTCOMES.map((o) => [o.value, o.code!])),
  fallbackCode: "3.6.3",
  applicantTypeField: "applicantType",
  personValue: "person",
  orgKindField: "orgKind",
};
