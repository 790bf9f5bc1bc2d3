// The published text of an annual report: the template's six parts as HTML (the article body).
import type { FormData, Json } from "@/lib/form-engine/types";
import { FEES, TABLE2_HAND, TABLE4_GROUPS } from "./fields";
import { APPLICANT_COLUMNS } from "./template";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const text = (v: Json | undefined) => (typeof v === "string" ? v.trim() : "");
const cell = (v: Json | undefined) => esc(text(v) || "0");
const paragraphs = (v: Json | undefined) => text(v).split(/\n+/).filter(Boolean).map((p) => `<p>${esc(p)}</p>`).join("") || "<p>无。</p>";
const rows = (v: Json | undefined) => (Array.isArray(v) ? (v.filter((r) => r && typeof r === "object" && !Array.isArray(r)) as FormData[]) : []);

export const reportTitle = (year: Json | undefined) => `揭阳市卫生和计划生育局${text(year)}年政府信息公开工作年度报告`;

function table2(d: FormData): string {
  const docs = rows(d.table2Docs).map((r) => `<tr><td>${esc(text(r.item))}</td><td>${cell(r.issued)}</td><td>${cell(r.repealed)}</td><td>${cell(r.inForce)}</td></tr>`).join("");
  const hand = (label: string, unit: string, body: string) => `<table><thead><tr><th colspan="2" scope="col">${esc(label)}</th></tr><tr><th scope="col">信息内容</th><th scope="col">${esc(unit)}</th></tr></thead><tbody>${body}</tbody></table>`;
  const [licensing, ...sanctions] = TABLE2_HAND;
  return [
    `<table><thead><tr><th colspan="4" scope="col">第二十条第（一）项</th></tr><tr><th scope="col">信息内容</th><th scope="col">本年制发件数</th><th scope="col">本年废止件数</th><th scope="col">现行有效件数</th></tr></thead><tbody>${docs}</tbody></table>`,
    hand("第二十条第（五）项", licensing.unit, `<tr><td>${licensing.label}</td><td>${cell(d[licensing.key])}</td></tr>`),
    hand("第二十条第（六）项", sanctions[0]!.unit, sanctions.map((s) => `<tr><td>${s.label}</td><td>${cell(d[s.key])}</td></tr>`).join("")),
    hand("第二十条第（八）项", FEES.unit, `<tr><td>${FEES.label}</td><td>${cell(d[FEES.key])}</td></tr>`),
  ].join("");
}

function table3(d: FormData): string {
  const head = `<thead><tr><th rowspan="2" scope="col">本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</th><th rowspan="2" scope="col">自然人</th><th colspan="5" scope="col">法人或其他组织</th><th rowspan="2" scope="col">总计</th></tr><tr>${APPLICANT_COLUMNS.slice(1).map((c) => `<th scope="col">${c.label}</th>`).join("")}</tr></thead>`;
  const body = rows(d.table3).map((r) => `<tr><td>${esc(text(r.item))}</td>${APPLICANT_COLUMNS.map((c) => `<td>${cell(r[c.key])}</td>`).join("")}<td>${cell(r.total)}</td></tr>`).join("");
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

function table4(d: FormData): string {
  const [re, ...lit] = TABLE4_GROUPS;
  const head = `<thead><tr><th colspan="5" scope="col">${re!.label}</th><th colspan="10" scope="col">行政诉讼</th></tr><tr><th colspan="5" scope="col">&nbsp;</th>${lit.map((g) => `<th colspan="5" scope="col">${g.label.replace(/^行政诉讼（|）$/g, "")}</th>`).join("")}</tr><tr>${TABLE4_GROUPS.flatMap((g) => g.cells.map((c) => `<th scope="col">${c.label}</th>`)).join("")}</tr></thead>`;
  return `<table>${head}<tbody><tr>${TABLE4_GROUPS.flatMap((g) => g.cells.map((c) => `<td>${cell(d[c.key])}</td>`)).join("")}</tr></tbody></table>`;
}

/** The article body; the article writer sanitises it like any other body. */
export function reportHtml(d: FormData): string {
  const fee = text(d.processingFee) || "0";
  return [
    `<h2>一、总体情况</h2>${paragraphs(d.overview)}`,
    `<h2>二、主动公开政府信息情况</h2>${table2(d)}`,
    `<h2>三、收到和处理政府信息公开申请情况</h2>${table3(d)}`,
    `<h2>四、政府信息公开行政复议、行政诉讼情况</h2>${table4(d)}`,
    `<h2>五、存在的主要问题及改进情况</h2>${paragraphs(d.problems)}`,
    `<h2>六、其他需要报告的事项</h2>${paragraphs(d.otherMatters)}<p>本年度收取信息处理费${esc(fee)}元。</p>`,
  ].join("");
}
