// The form keys and steps the statistics read, shared with the definitions in forms/ (which
// import them from here, so that lib/ never imports forms/ for them).
export const CIRCULAR_FORM = "circular";
export const CIRCULAR_APPROVED = "approved";
export const CIRCULAR_APPROVE_ACTION = "approve";

export const ASSESSMENT_FORM = "quarterly-assessment";
export const ASSESSMENT_APPROVE_ACTION = "approve";
/** The quarter field of the 考核 record, e.g. "2026-Q3". */
export const QUARTER_PATTERN = "^\\d{4}-Q[1-4]$";
