// The 考核 table (per section, county bureau and unit), on the page; the PDF prints the same rows.
import { ASSESSMENT_HEADER, assessmentCells } from "@/lib/stats/assessment-rows";
import type { AssessmentRow } from "@/lib/stats/assessment";

export function AssessmentTable({ rows }: { rows: AssessmentRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table data-testid="assessment-table" className="w-full border-collapse text-sm">
        <thead><tr>{ASSESSMENT_HEADER.map((h) => <th key={h} className="border px-2 py-1 text-left">{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((r) => <tr key={r.sectionId}>{assessmentCells(r).map((c, i) => <td key={i} className={`border px-2 py-1 ${i > 1 ? "text-right" : ""}`}>{c}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
}
