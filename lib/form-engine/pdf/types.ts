/**
 * A printable form, described independently of any particular form definition.
 *
 * The engine maps a record plus its definition's print layout onto this shape;
 * the PDF renderer knows nothing about publication approval, mailbox letters or
 * column tables — it only draws titles, choice rows, bordered table rows,
 * sign-off blocks and an attachment. All strings are already display-ready
 * (dates formatted, empty values as ""), so the renderer never formats data.
 */

/** One option of a printed choice, e.g. 是 / 否, 拷贝 / 邮件. */
export interface PrintableChoiceOption {
  label: string;
  checked: boolean;
}

/** A line such as "是否涉密：是□ 否☑", printed above the table. */
export interface PrintableChoice {
  label: string;
  options: PrintableChoiceOption[];
}

/**
 * One cell of a table row: a label cell followed by its value cell.
 * `span` widens the value cell (in units of value columns) so a row can hold
 * fewer pairs, e.g. 信息内容 spanning the space of 科室 + 申请日期.
 */
export interface PrintableCell {
  label: string;
  value: string;
  span?: number;
}

/** A label/value pair inside a sign-off block, optionally rendered as a choice. */
export interface PrintableExtra {
  label: string;
  /** Plain text value; ignored when `options` is given. */
  value?: string;
  /** Ticked options (e.g. 电子文档传递方式：拷贝☑ 邮件□). */
  options?: PrintableChoiceOption[];
  /** Printed after the value, e.g. "幅" for 图片 N 幅. */
  suffix?: string;
}

/** A sign-off block: opinion, signer and date, e.g. 科室领导审核意见. */
export interface PrintableSignoff {
  /** Row heading, e.g. "科室领导审核意见". */
  label: string;
  /** The opinion text; "" when the step has not been taken yet. */
  opinion: string;
  /** Caption before the signer's name, e.g. "审核人", "审批人", "负责人". */
  signerLabel: string;
  /** Signer display name(s); several parties are joined by the mapper, e.g. "张三、李四". */
  signer: string;
  /** Formatted date, e.g. "2026年11月26日"; "" prints the blank "年 月 日". */
  date: string;
  /** Additional rows printed above the signature line (审定备案: 资讯所属类别, 图片, 传递方式). */
  extra?: PrintableExtra[];
  /**
   * When several parties sign one block (审定 by 信息统计科 and 宣传科), one signature line
   * each, in order; replaces `signer`/`date`. A party that has not signed yet has signer "".
   */
  signatures?: PrintableSignature[];
}

/** One party's signature in a block several parties sign. */
export interface PrintableSignature {
  /** Whom the line is for, e.g. "信息统计科"; printed before the signer caption. */
  party?: string;
  signer: string;
  date: string;
}

/** The content attached after the table (Art. 9: 信息内容纸质材料). */
export interface PrintableAttachment {
  /** Heading of the attachment page, e.g. "附：信息内容". */
  heading: string;
  /** The content's own title. */
  title: string;
  /** Plain-text paragraphs (use `htmlToParagraphs` for a sanitized rich-text body). */
  paragraphs: string[];
  /** Names of attached files and images. */
  files?: string[];
}

export interface PrintableDocument {
  /** e.g. "揭阳市卫生计生局网站信息发布审批表". */
  title: string;
  /** Choice lines printed between title and table, e.g. 是否涉密. */
  choices: PrintableChoice[];
  /** Bordered table rows, in order; each row is a list of label/value cells. */
  rows: PrintableCell[][];
  /** Sign-off blocks, printed as table rows after `rows`, in order. */
  signoffs: PrintableSignoff[];
  /** Last table row, e.g. { label: "备注", value: "" }. */
  note?: { label: string; value: string };
  /** Printed under the table, e.g. "注：呈报领导审批、信息统计科备案登记时…". */
  footnote?: string;
  /** Printed on a new page after the form. */
  attachment?: PrintableAttachment;
  /** PDF metadata. */
  author?: string;
}
