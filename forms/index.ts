// The registry of form definitions. Adding a definition is adding a line here.
import type { FormDefinition } from "@/lib/form-engine/types";
import { mailboxLetter } from "./mailbox-letter";
import { publicationApproval } from "./publication-approval";

export const FORMS: FormDefinition[] = [publicationApproval, mailboxLetter];

export function getForm(key: string): FormDefinition | undefined {
  return FORMS.find((f) => f.key === key);
}
