import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY, registerPdfFont } from "./font";
import type { LetterDocument } from "./letter-types";

// An official letter (告知书) on A4: issuer and title centred, the number right-aligned, a small
// table of facts, the salutation, indented paragraphs, and the issuer and date at the foot.
const BORDER = "0.8pt solid #000";
const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 11.5, paddingVertical: 56, paddingHorizontal: 64, lineHeight: 1.7 },
  issuer: { fontSize: 20, fontWeight: 700, textAlign: "center", color: "#b91c1c" },
  title: { fontSize: 17, fontWeight: 700, textAlign: "center", marginTop: 6 },
  number: { textAlign: "right", marginTop: 8, marginBottom: 10 },
  facts: { borderTop: BORDER, borderLeft: BORDER, marginBottom: 14, fontSize: 10.5, lineHeight: 1.5 },
  row: { flexDirection: "row" },
  label: { width: 96, padding: 4, borderRight: BORDER, borderBottom: BORDER, textAlign: "center" },
  value: { flexGrow: 1, flexBasis: 0, padding: 4, borderRight: BORDER, borderBottom: BORDER },
  salutation: { marginBottom: 4 },
  paragraph: { textIndent: 23, marginBottom: 4 },
  basis: { textIndent: 23, marginBottom: 4, fontWeight: 700 },
  signature: { marginTop: 28, alignItems: "flex-end" },
});

export function LetterPdf({ doc }: { doc: LetterDocument }) {
  return (
    <Document title={`${doc.title} ${doc.number}`} author={doc.issuer} language="zh-CN">
      <Page size="A4" style={styles.page}>
        <Text style={styles.issuer}>{doc.issuer}</Text>
        <Text style={styles.title}>{doc.title}</Text>
        <Text style={styles.number}>{doc.number}</Text>
        <View style={styles.facts}>
          {doc.facts.map((f) => (
            <View key={f.label} style={styles.row} wrap={false}>
              <Text style={styles.label}>{f.label}</Text>
              <Text style={styles.value}>{f.value}</Text>
            </View>
          ))}
        </View>
        <Text style={styles.salutation}>{doc.salutation}</Text>
        {doc.paragraphs.map((p, i) => <Text key={`p${i}`} style={styles.paragraph}>{p}</Text>)}
        <Text style={styles.basis}>{doc.basis}</Text>
        {doc.closing.map((p, i) => <Text key={`c${i}`} style={styles.paragraph}>{p}</Text>)}
        <View style={styles.signature} wrap={false}>
          <Text>{doc.issuer}</Text>
          <Text>{doc.date}</Text>
        </View>
      </Page>
    </Document>
  );
}

/** Renders a letter to a PDF with the registered Chinese font. */
export async function renderLetterPdf(doc: LetterDocument): Promise<Buffer> {
  registerPdfFont();
  return renderToBuffer(<LetterPdf doc={doc} />);
}
