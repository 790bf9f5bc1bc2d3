import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY, registerPdfFont } from "./font";
import type {
  PrintableAttachment,
  PrintableCell,
  PrintableChoiceOption,
  PrintableDocument,
  PrintableExtra,
  PrintableSignoff,
} from "./types";

// A4 in points; the label column width matches the appendix's narrow heading cells.
const PAGE_WIDTH = 595.28;
const PAGE_MARGIN = 50;
const TABLE_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN;
const LABEL_WIDTH = 72;
const FONT_SIZE = 10.5;
const LABEL_CHARS = Math.floor((LABEL_WIDTH - 8) / FONT_SIZE);
const BORDER = "0.8pt solid #000";
const BLANK_SIGNER = "__________";
const BLANK_DATE = "      年      月      日";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: FONT_SIZE, paddingVertical: 48, paddingHorizontal: PAGE_MARGIN },
  title: { fontSize: 18, fontWeight: 700, textAlign: "center", marginBottom: 14 },
  choiceLine: { flexDirection: "row", alignItems: "center", marginBottom: 6 },
  option: { flexDirection: "row", alignItems: "center", marginRight: 12 },
  box: { width: 9, height: 9, border: BORDER, marginLeft: 2, position: "relative" },
  // Positioned outside the flow: a line taller than the box would otherwise be dropped.
  tick: { position: "absolute", top: -4.5, left: 0.5, fontSize: 9, fontWeight: 700 },
  table: { borderTop: BORDER, borderLeft: BORDER, width: TABLE_WIDTH, fontSize: FONT_SIZE, lineHeight: 1.4 },
  row: { flexDirection: "row" },
  label: { width: LABEL_WIDTH, padding: 4, borderRight: BORDER, borderBottom: BORDER, justifyContent: "center", textAlign: "center" },
  value: { padding: 4, borderRight: BORDER, borderBottom: BORDER, justifyContent: "center" },
  signoffBody: { flexGrow: 1, flexBasis: 0, padding: 6, borderRight: BORDER, borderBottom: BORDER },
  opinion: { minHeight: 44 },
  extra: { flexDirection: "row", alignItems: "center", flexWrap: "wrap", marginBottom: 4 },
  signature: { flexDirection: "row", justifyContent: "flex-end", marginTop: 6 },
  signer: { marginRight: 24 },
  noteBody: { flexGrow: 1, flexBasis: 0, minHeight: 40, padding: 4, borderRight: BORDER, borderBottom: BORDER },
  footnote: { fontSize: 9, marginTop: 6 },
  heading: { fontSize: 12, fontWeight: 700, marginBottom: 12 },
  contentTitle: { fontSize: 16, fontWeight: 700, textAlign: "center", marginBottom: 14 },
  paragraph: { fontSize: 11, lineHeight: 1.7, textIndent: 22, marginBottom: 6 },
  files: { marginTop: 12 },
  // No line height on the page: an inherited one drops this absolutely positioned, dynamic
  // text (react-pdf 4.9), so the table's cells set their own.
  pageNumber: { position: "absolute", bottom: 24, left: PAGE_MARGIN, width: TABLE_WIDTH, textAlign: "center", fontSize: 9 },
});

/**
 * Splits a long heading into lines of even length, as the appendix does
 * (科室领导 / 审核意见), instead of leaving one character on the last line.
 */
export function balanceLabel(label: string, perLine = LABEL_CHARS): string {
  const chars = Array.from(label);
  if (chars.length <= perLine || /\s/.test(label)) return label;
  const lines = Math.ceil(chars.length / perLine);
  const base = Math.floor(chars.length / lines);
  const longer = chars.length % lines;
  const out: string[] = [];
  for (let line = 0, start = 0; line < lines; line += 1) {
    const length = base + (line < longer ? 1 : 0);
    out.push(chars.slice(start, start + length).join(""));
    start += length;
  }
  return out.join("\n");
}

function Box({ checked }: { checked: boolean }) {
  return <View style={styles.box}>{checked ? <Text style={styles.tick}>√</Text> : null}</View>;
}

function Options({ options }: { options: PrintableChoiceOption[] }) {
  return (
    <>
      {options.map((option) => (
        <View key={option.label} style={styles.option}>
          <Text>{option.label}</Text>
          <Box checked={option.checked} />
        </View>
      ))}
    </>
  );
}

/** Width of each value column so that label/value pairs line up across rows. */
function valueWidth(rows: PrintableCell[][]): { columns: number; width: number } {
  const columns = Math.max(1, ...rows.map((row) => row.reduce((sum, cell) => sum + (cell.span ?? 1), 0)));
  return { columns, width: (TABLE_WIDTH - columns * LABEL_WIDTH) / columns };
}

function CellRow({ cells, columns, width }: { cells: PrintableCell[]; columns: number; width: number }) {
  const used = cells.reduce((sum, cell) => sum + (cell.span ?? 1), 0);
  return (
    <View style={styles.row} wrap={false}>
      {cells.map((cell, index) => {
        // A value spanning n columns also absorbs the n-1 label cells it covers;
        // the last value of a short row takes up what is left.
        const span = (cell.span ?? 1) + (index === cells.length - 1 ? columns - used : 0);
        return [
          <Text key={`l${index}`} style={styles.label}>
            {balanceLabel(cell.label)}
          </Text>,
          <Text key={`v${index}`} style={[styles.value, { width: span * width + (span - 1) * LABEL_WIDTH }]}>
            {cell.value}
          </Text>,
        ];
      })}
    </View>
  );
}

function Extra({ extra }: { extra: PrintableExtra }) {
  return (
    <View style={styles.extra}>
      <Text>{extra.label}：</Text>
      {extra.options ? <Options options={extra.options} /> : <Text>{extra.value ?? ""}</Text>}
      {extra.suffix ? <Text> {extra.suffix}</Text> : null}
    </View>
  );
}

function SignoffRow({ signoff }: { signoff: PrintableSignoff }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.label}>{balanceLabel(signoff.label)}</Text>
      <View style={styles.signoffBody}>
        <Text style={styles.opinion}>{signoff.opinion}</Text>
        {signoff.extra?.map((extra) => <Extra key={extra.label} extra={extra} />)}
        {(signoff.signatures ?? [{ signer: signoff.signer, date: signoff.date }]).map((signature, index) => (
          <View key={index} style={styles.signature}>
            <Text style={styles.signer}>
              {signature.party ? `${signature.party} ` : ""}
              {signoff.signerLabel}：{signature.signer || BLANK_SIGNER}
            </Text>
            <Text>{signature.date || BLANK_DATE}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function AttachmentPage({ attachment }: { attachment: PrintableAttachment }) {
  return (
    <Page size="A4" style={styles.page}>
      <Text
        fixed
        style={styles.pageNumber}
        render={({ pageNumber, totalPages }) => `第 ${pageNumber} 页  共 ${totalPages} 页`}
      />
      <Text style={styles.heading}>{attachment.heading}</Text>
      <Text style={styles.contentTitle}>{attachment.title}</Text>
      {attachment.paragraphs.map((paragraph, index) => (
        <Text key={index} style={styles.paragraph}>
          {paragraph}
        </Text>
      ))}
      {attachment.files && attachment.files.length > 0 ? (
        <View style={styles.files}>
          <Text>附件：</Text>
          {attachment.files.map((file, index) => (
            <Text key={index}>
              {index + 1}. {file}
            </Text>
          ))}
        </View>
      ) : null}
    </Page>
  );
}

export function PrintableForm({ doc }: { doc: PrintableDocument }) {
  const { columns, width } = valueWidth(doc.rows);
  return (
    <Document title={doc.title} author={doc.author} language="zh-CN">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{doc.title}</Text>
        {doc.choices.map((choice) => (
          <View key={choice.label} style={styles.choiceLine}>
            <Text>{choice.label}：</Text>
            <Options options={choice.options} />
          </View>
        ))}
        <View style={styles.table}>
          {doc.rows.map((cells, index) => (
            <CellRow key={index} cells={cells} columns={columns} width={width} />
          ))}
          {doc.signoffs.map((signoff) => (
            <SignoffRow key={signoff.label} signoff={signoff} />
          ))}
          {doc.note ? (
            <View style={styles.row} wrap={false}>
              <Text style={styles.label}>{balanceLabel(doc.note.label)}</Text>
              <Text style={styles.noteBody}>{doc.note.value}</Text>
            </View>
          ) : null}
        </View>
        {doc.footnote ? <Text style={styles.footnote}>{doc.footnote}</Text> : null}
      </Page>
      {doc.attachment ? <AttachmentPage attachment={doc.attachment} /> : null}
    </Document>
  );
}

/** Renders a printable form, and its attached content on a new page, to a PDF. */
export async function renderPrintablePdf(doc: PrintableDocument): Promise<Buffer> {
  registerPdfFont();
  return renderToBuffer(<PrintableForm doc={doc} />);
}
