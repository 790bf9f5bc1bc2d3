// The statistics table as PDF, with the form engine's registered Noto Sans SC (nothing fetched).
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY, registerPdfFont } from "@/lib/form-engine/pdf/font";
import { STATS_CSV_HEADER, statsRows } from "./csv";
import type { StatsReport } from "./load";
import { periodLabel } from "./period";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, padding: 36 },
  title: { fontSize: 15, fontWeight: 700, textAlign: "center", marginBottom: 10 },
  row: { flexDirection: "row", borderBottom: "0.5pt solid #000" },
  head: { fontWeight: 700 },
  first: { width: 110, padding: 3 },
  cell: { flex: 1, padding: 3, textAlign: "right" },
});

export async function renderStatsPdf(r: StatsReport, period: string): Promise<Buffer> {
  registerPdfFont();
  const [sectionHead, , ...figureHeads] = STATS_CSV_HEADER;
  const rows = statsRows(r, period);
  const doc = (
    <Document title={`网站信息统计 ${periodLabel(period)}`}>
      <Page size="A4" orientation="landscape" style={styles.page}>
        <Text style={styles.title}>{`揭阳市卫生和计划生育局门户网站信息统计（${periodLabel(period)}）`}</Text>
        <View style={[styles.row, styles.head]}>
          <Text style={styles.first}>{sectionHead}</Text>
          {figureHeads.map((h) => <Text key={h} style={styles.cell}>{h}</Text>)}
        </View>
        {rows.map(([name, , ...cells]) => (
          <View key={name} style={styles.row} wrap={false}>
            <Text style={styles.first}>{name}</Text>
            {cells.map((c, i) => <Text key={i} style={styles.cell}>{c}</Text>)}
          </View>
        ))}
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
