// Art. 8, 16, 19: what county bureaus and units sent (报送) and what the city sections adopted
// (采用), per section and period. The unit submission form (信息报送单) is defined elsewhere;
// the contract it keeps: form key `unit-submission`, the record's section is the reporter's
// county bureau or unit, the send step is the action `submit` and the adopt step `adopt`.
import { distinctRecordCounts, type Client, type ItemCount } from "./item-counts";

export const UNIT_SUBMISSION_FORM = "unit-submission";

/** 报送 = distinct records with a `submit` event in the period; 采用 = distinct records with an `adopt` event in it. */
export function unitSubmissionCounts(db: Client): Promise<ItemCount[]> {
  return distinctRecordCounts(db, UNIT_SUBMISSION_FORM, { submit: "submitted", adopt: "adopted" });
}
