// The form definitions. Adding a definition is adding it to this list; forms/server.ts
// registers them (and the effects they name) with the engine.
import type { FormDefinition } from "@/lib/form-engine/types";
import { columnAssignment } from "./column-assignment";
import { disclosureRequest } from "./disclosure-request";
import { mailboxLetter } from "./mailbox-letter";
import { publicationApproval } from "./publication-approval";
import { unitSubmission } from "./unit-submission";

export const FORMS: FormDefinition[] = [publicationApproval, mailboxLetter, columnAssignment, disclosureRequest, unitSubmission];
