// The form definitions. Adding a definition is adding it to this list; forms/server.ts
// registers them (and the effects they name) with the engine.
import type { FormDefinition } from "@/lib/form-engine/types";
import { annualReport } from "./annual-report";
import { assessment } from "./assessment";
import { circular } from "./circular";
import { columnAssignment } from "./column-assignment";
import { disclosureRequest } from "./disclosure-request";
import { emergencyBanner } from "./emergency-banner";
import { mailboxLetter } from "./mailbox-letter";
import { publicationApproval } from "./publication-approval";
import { topicColumnRequest } from "./topic-column-request";
import { unitSubmission } from "./unit-submission";

export const FORMS: FormDefinition[] = [publicationApproval, mailboxLetter, columnAssignment, disclosureRequest, topicColumnRequest, circular, assessment, annualReport, emergencyBanner, unitSubmission];
