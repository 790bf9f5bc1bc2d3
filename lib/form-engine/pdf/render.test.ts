import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { htmlToParagraphs } from "./html-to-paragraphs";
import { balanceLabel, renderPrintablePdf } from "./render";
import type { PrintableDocument } from "./types";

const sample: PrintableDocument = {
  title: "揭阳市卫生计生局网站信息发布审批表",
  author: "医政科",
  choices: [{ label: "是否涉密", options: [{ label: "是", checked: false }, { label: "否", checked: true }] }],
  rows: [
    [
      { label: "申请人", value: "医政科信息员" },
      { label: "科室", value: "医政科" },
      { label: "申请日期", value: "2026年11月20日" },
    ],
    [
      { label: "信息内容", value: "关于开展2026年冬季无偿献血活动的通知", span: 2 },
      { label: "发布日期", value: "2026年11月26日" },
    ],
  ],
  signoffs: [
    { label: "科室领导审核意见", opinion: "已核，呈报局领导审批。", signerLabel: "审核人", signer: "医政科科长", date: "2026年11月21日" },
    { label: "局分管领导审批意见", opinion: "同意发布。", signerLabel: "审批人", signer: "分管副局长", date: "2026年11月22日" },
    { label: "局主要领导审批意见", opinion: "", signerLabel: "审批人", signer: "", date: "" },
    {
      label: "信息统计科和宣传科审定备案",
      opinion: "审定通过。",
      signerLabel: "负责人",
      signer: "",
      date: "",
      signatures: [
        { party: "信息统计科", signer: "信息统计科科长", date: "2026年11月24日" },
        { party: "宣传科", signer: "宣传科科长", date: "2026年11月25日" },
      ],
      extra: [
        { label: "资讯所属类别", value: "无偿献血" },
        { label: "图片", value: "2", suffix: "幅" },
        { label: "电子文档传递方式", options: [{ label: "拷贝", checked: false }, { label: "邮件", checked: true }] },
      ],
    },
  ],
  note: { label: "备注", value: "请于发布日期当天上线。" },
  footnote: "注：呈报领导审批、信息统计科备案登记时应一并报送信息内容纸质材料。",
  attachment: {
    heading: "附：信息内容纸质材料",
    title: "关于开展2026年冬季无偿献血活动的通知",
    paragraphs: htmlToParagraphs("<p>为保障全市临床用血需求，定于12月在各献血点开展冬季无偿献血活动。</p><p>欢迎18至55周岁的健康市民踊跃参加。</p>"),
    files: ["献血点一览表.xlsx"],
  },
};

/**
 * The text of each page as pdf.js extracts it, with line breaks and spacing removed.
 * (verbosity 0: pdfkit always declares an unused Helvetica, which pdf.js would warn about.)
 */
async function extractPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join("").replace(/\s+/g, ""));
  }
  await document.destroy();
  return pages;
}

async function rightmostTextEdge(pdf: Buffer): Promise<number> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  const edges = content.items.map((item) => ("str" in item ? item.transform[4] + item.width : 0));
  await document.destroy();
  return Math.max(...edges);
}

describe("renderPrintablePdf", () => {
  it("prints the approval table in Chinese, then the content on its own page", async () => {
    const pdf = await renderPrintablePdf(sample);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The CJK face is embedded (subset); without it pdf.js could not map the glyphs back to 汉字.
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC/);

    const [form, content, ...rest] = await extractPages(pdf);
    expect(rest).toEqual([]);
    for (const label of [
      "揭阳市卫生计生局网站信息发布审批表",
      "是否涉密",
      "申请人",
      "科室",
      "申请日期",
      "信息内容",
      "发布日期",
      "科室领导审核意见",
      "局分管领导审批意见",
      "局主要领导审批意见",
      "信息统计科和宣传科审定备案",
      "资讯所属类别",
      "电子文档传递方式",
      "备注",
      "注：呈报领导审批",
    ]) {
      expect(form).toContain(label);
    }
    expect(form).toContain("已核，呈报局领导审批。");
    expect(form).toContain("审核人：医政科科长");
    // Both finalizers sign the 审定备案 block, each with a date.
    expect(form).toContain("信息统计科负责人：信息统计科科长2026年11月24日");
    expect(form).toContain("宣传科负责人：宣传科科长2026年11月25日");
    // The sign-off not yet given prints blanks for signer and date.
    expect(form).toContain("审批人：__________年月日");
    // 否 is ticked, 是 is not: the tick follows the option it belongs to.
    expect(form).toContain("是否涉密：是否√");
    expect(form).toContain("拷贝邮件√");

    expect(content).toContain("附：信息内容纸质材料");
    expect(content).toContain("关于开展2026年冬季无偿献血活动的通知");
    expect(content).toContain("欢迎18至55周岁的健康市民踊跃参加。");
    expect(content).toContain("献血点一览表.xlsx");
    expect(content).toContain("第2页共2页");
    expect(form).not.toContain("欢迎18至55周岁");
  }, 60_000);

  it("wraps long Chinese text inside its cell and ticks the option chosen", async () => {
    const long = "这是一段很长的审核意见，".repeat(30) + "见https://www.jysws.gov.cn/html/wsjs/2026/11/notice-blood-donation-winter.html";
    const pdf = await renderPrintablePdf({
      ...sample,
      choices: [{ label: "是否涉密", options: [{ label: "是", checked: true }, { label: "否", checked: false }] }],
      signoffs: [{ label: "科室领导审核意见", opinion: long, signerLabel: "审核人", signer: "科长", date: "" }],
      attachment: undefined,
    });
    const [form, ...rest] = await extractPages(pdf);
    expect(rest).toEqual([]);
    expect(form).toContain(long.replace(/\s+/g, ""));
    // Every run of text ends inside the table's right edge (page width minus its margin).
    expect(await rightmostTextEdge(pdf)).toBeLessThanOrEqual(595.28 - 50);
    expect(form).toContain("是否涉密：是√否");
  }, 60_000);
});

describe("balanceLabel", () => {
  it("splits long headings into even lines", () => {
    expect(balanceLabel("科室领导审核意见", 6)).toBe("科室领导\n审核意见");
    expect(balanceLabel("信息统计科和宣传科审定备案", 6)).toBe("信息统计科\n和宣传科\n审定备案");
    expect(balanceLabel("申请日期", 6)).toBe("申请日期");
  });
});
