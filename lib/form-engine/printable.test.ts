import { describe, expect, it } from "vitest";
import { publicationApproval as def } from "@/forms/publication-approval";
import { toPrintableDocument } from "./printable";
import type { EventLike } from "./records";

const at = new Date("2026-11-26T02:00:00Z");
const ev = (seq: number, action: string, actorName: string, opinion: string | null, party: string | null = null): EventLike => ({ seq, action, fromState: null, toState: "x", actorName, opinion, createdAt: at, detail: { party } });
const data = {
  secret: "no", applicant: "医政科信息员", section: "医政科", applyDate: "2026-11-26", title: "无偿献血倡议书", body: "<p>第一段</p><p>第二段</p>",
  attachments: [{ name: "献血点.pdf", url: "/u/1", size: 1, type: "application/pdf" }], images: [], column: "c1", publishDate: "2026-11-27", special: "no", note: "无",
  category: "工作动态", imageCount: "2", transferMode: "email",
};
const lookups = { columns: new Map([["c1", "无偿献血"]]), sections: new Map() };

describe("the printable approval form, derived from the definition", () => {
  const doc = toPrintableDocument(def, {
    data,
    events: [ev(1, "submit", "医政科信息员", null), ev(2, "chief_approve", "医政科科长", "已核，呈报局领导审批。"), ev(3, "deputy_approve", "副局长二", "同意发布。"),
      ev(4, "push", "医政科信息员", null), ev(5, "finalize", "信息统计科科长", "同意", "finalizer:xxtjk"), ev(6, "finalize", "宣传科科长", "同意", "finalizer:xck")],
  }, lookups);

  it("ticks 是否涉密 and fills the applicant rows", () => {
    expect(doc.title).toBe("揭阳市卫生计生局网站信息发布审批表");
    expect(doc.choices[0]).toEqual({ label: "是否涉密", options: [{ label: "是", checked: false }, { label: "否", checked: true }] });
    expect(doc.rows.flat()).toEqual(expect.arrayContaining([{ label: "申请人", value: "医政科信息员", span: undefined }, { label: "栏目", value: "无偿献血", span: 2 }]));
    // The appendix calls the title cell 信息内容, and the print layout says so.
    expect(doc.rows.flat().find((c) => c.value === "无偿献血倡议书")?.label).toBe("信息内容");
  });

  it("prints every sign-off block with opinion, signer and date; both finalizers in one block", () => {
    expect(doc.signoffs.map((s) => s.label)).toEqual(["科室领导审核意见", "局分管领导审批意见", "局主要领导审批意见", "信息统计科和宣传科审定备案"]);
    expect(doc.signoffs[0]).toMatchObject({ opinion: "已核，呈报局领导审批。", signer: "医政科科长", signerLabel: "审核人", date: "2026年11月26日" });
    expect(doc.signoffs[2]).toMatchObject({ opinion: "", signer: "", date: "" });
    const fin = doc.signoffs[3]!;
    expect(fin.signer).toBe("信息统计科科长、宣传科科长");
    expect(fin.extra).toEqual([
      { label: "资讯所属类别", value: "工作动态", suffix: undefined },
      { label: "图片", value: "2", suffix: "幅" },
      { label: "电子文档传递方式", options: [{ label: "拷贝", checked: false }, { label: "邮件", checked: true }] },
    ]);
  });

  it("attaches the content after the table", () => {
    expect(doc.attachment).toEqual({ heading: "附：信息内容", title: "无偿献血倡议书", paragraphs: ["第一段", "第二段"], files: ["献血点.pdf"] });
    expect(doc.note).toEqual({ label: "备注", value: "无" });
  });
});
