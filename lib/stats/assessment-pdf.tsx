// The 考核 table as PDF, the same way as the statistics PDF (react-pdf, the bundled Noto Sans SC).
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatDateTime } from "@/lib/format";
import { PDF_FONT_FAMILY, registerPdfFont } from "@/lib/form-engine/pdf/font";
import type { AssessmentView } from "./assessment";
import { ASSESSMENT_HEADER, assessmentCells } from "./assessment-rows";
import { periodLabel } from "./period";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, padding: 36 },
  title: { fontSize: 15, fontWeight: 700, textAlign: "center", marginBottom: 6 },
  status: { textAlign: "center", marginBottom: 10 },
  row: { flexDirection: "row", borderBottom: "0.5pt solid #000" },
  head: { fontWeight: 700 },
  first: { width: 130, padding: 3 },
  kind: { width: 110, padding: 3 },
  cell: { flex: 1, padding: 3, textAlign: "right" },
  weights: { marginTop: 12, lineHeight: 1.5 },
});

export async function renderAssessmentPdf(v: AssessmentView): Promise<Buffer> {
  registerPdfFont();
  const [firstHead, kindHead, ...heads] = ASSESSMENT_HEADER;
  const status = v.frozen && v.approvedAt ? `已批准（${formatDateTime(v.approvedAt)}），考核结果已冻结` : "未批准：以下为按当前数据计算的结果，仅供参考";
  const doc = (
    <Document title={`季度考核 ${periodLabel(v.period)}`}>
      <Page size="A4" orientation="landscape" style={styles.page}>
        <Text style={styles.title}>{`揭阳市卫生和计划生育局门户网站信息工作考核表（${periodLabel(v.period)}）`}</Text>
        <Text style={styles.status}>{status}</Text>
        <View style={[styles.row, styles.head]}>
          <Text style={styles.first}>{firstHead}</Text>
          <Text style={styles.kind}>{kindHead}</Text>
          {heads.map((h) => <Text key={h} style={styles.cell}>{h}</Text>)}
        </View>
        {v.rows.map((r) => {
          const [name, kind, ...cells] = assessmentCells(r);
          return (
            <View key={r.sectionId} style={styles.row} wrap={false}>
              <Text style={styles.first}>{name}</Text>
              <Text style={styles.kind}>{kind}</Text>
              {cells.map((c, i) => <Text key={i} style={styles.cell}>{c}</Text>)}
            </View>
          );
        })}
        <Text style={styles.weights}>{`计分办法：${v.weights.map((w) => `${w.label} ${w.points > 0 && w.key !== "base" ? "+" : ""}${w.points}分`).join("；")}。报送、采用分只计县（市、区）卫生计生局和市局直属单位。`}</Text>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
