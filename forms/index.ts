// The registry of form definitions. Adding a definition is adding a line here.
import type { FormDefinition } from "@/lib/form-engine/types";
import { columnAssignment } from "./column-assignment";
import { mailboxLetter } from "./mailbox-letter";
import { publicationApproval } from "./publication-approval";

export const FORMS: FormDefinition[] = [publicationApproval, mailboxLetter, columnAssignment];

export function getForm(key: string): FormDefinition | undefined {
  return FORMS.find((f) => f.key === key);
}
