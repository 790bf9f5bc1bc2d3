// A section field declared `reportingOnly` holds one of the city sections the record's section
// reports to (业务归口). The picker offers only those; this is the server's check, so a forged
// value (another section's id posted by hand) is refused before anything is written.
import type { Db } from "@/lib/db/client";
import { reportingTargets } from "@/lib/org/reporting";
import { FieldErrors } from "./errors";
import type { FormData, FormDefinition } from "./types";

export async function checkReportingSections(db: Db, def: FormDefinition, data: FormData, sectionId: string | null, edits: readonly string[]): Promise<void> {
  for (const f of def.fields) {
    if (f.type !== "section" || !f.reportingOnly || !edits.includes(f.key)) continue;
    const value = data[f.key];
    if (value === undefined || value === null || value === "") continue; // "required" is the schema's to say
    const targets = sectionId ? await reportingTargets(db, sectionId) : [];
    if (!targets.some((t) => t.id === value)) throw new FieldErrors({ [f.key]: `只能报送给本单位业务归口的市局科室，请重新选择${f.label}。` });
  }
}
