// The computed tables of the annual report, (re)counted by the steps that name this computation
// (saving the draft, submitting it): after submission they are frozen on the record.
import type { Computation } from "@/lib/form-engine/computations";
import type { FormData, Json } from "@/lib/form-engine/types";
import { countCases, countDocuments, table2Rows, type CaseSource } from "./count";
import { addCount, table3Rows, type Counts } from "./template";

export const TABLES_COMPUTATION = "annualReportTables";

/** The report's year, or null while it is not a plausible year. */
export function reportYear(data: FormData): number | null {
  const y = Number(data.year);
  return Number.isInteger(y) && y >= 2008 && y <= 2100 ? y : null;
}

/** Adds the 线下申请补录 entries (applications received on paper, not in the system). */
export function addEntries(c: Counts, entries: Json | undefined): Counts {
  for (const e of Array.isArray(entries) ? entries : []) {
    if (!e || typeof e !== "object" || Array.isArray(e)) continue;
    const n = Number(e.count);
    if (Number.isInteger(n) && n > 0) addCount(c, String(e.row ?? ""), String(e.applicant ?? ""), n);
  }
  return c;
}

export function annualReportTables(src: CaseSource): Computation {
  return {
    name: TABLES_COMPUTATION,
    fields: ["table2Docs", "table3"],
    async compute(db, { data }) {
      const year = reportYear(data);
      if (year === null) return { table2Docs: [], table3: [] };
      const [cases, docs] = await Promise.all([countCases(db, src, year), countDocuments(db, year)]);
      return { table2Docs: table2Rows(docs), table3: table3Rows(addEntries(cases, data.table3Offline)) };
    },
  };
}
