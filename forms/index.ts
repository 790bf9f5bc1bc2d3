// The registry of form definitions. Adding a definition is adding a line here.
import type { FormDefinition } from "@/lib/form-engine/types";
import { publicationApproval } from "./publication-approval";

export const FORMS: FormDefinition[] = [publicationApproval];

export function getForm(key: string): FormDefinition | undefined {
  return FORMS.find((f) => f.key === key);
}
