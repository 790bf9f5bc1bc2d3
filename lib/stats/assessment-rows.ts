// The 考核 table's columns, once for the page and the PDF.
import type { AssessmentRow } from "./assessment";

const KIND_LABELS: Record<string, string> = { bureau_section: "局机关科室", county_bureau: "县（市、区）卫生计生局", affiliated_unit: "市局直属单位" };

export const ASSESSMENT_HEADER = ["科室/单位", "类别", "发布信息", "报送信息", "采用信息", "超期答复来信", "未按周期更新栏目", "被通报", "得分"];

export function assessmentCells(r: AssessmentRow): string[] {
  const unit = r.kind !== "bureau_section";
  return [r.name, KIND_LABELS[r.kind] ?? r.kind, String(r.published), unit ? String(r.submitted) : "—", unit ? String(r.adopted) : "—", String(r.lateLetters), String(r.staleColumns), String(r.circulars), String(r.score)];
}
