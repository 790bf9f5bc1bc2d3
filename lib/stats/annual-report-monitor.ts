// 条例 Art. 50: the 政府信息公开工作年度报告 of a year is published by 31 January of the next. From
// 1 January (Beijing) the monitor warns until the previous year's report is published; after
// 31 January it is overdue.
import { todayInBeijing } from "@/lib/time/beijing";
import type { Monitor } from "./monitors";

/** The section that drafts the report (局办公室). */
export const REPORT_SECTION = "bgs";

/** The year whose report is due in the Beijing year of `now`, and its due day. */
export function reportDue(now: Date): { year: number; due: string } {
  const y = Number(todayInBeijing(now).slice(0, 4));
  return { year: y - 1, due: `${y}-01-31` };
}

export function annualReportMonitor(published: boolean, now: Date): Monitor {
  const { year, due } = reportDue(now);
  const today = todayInBeijing(now);
  const base = { key: "annual_report" as const, label: "政府信息公开工作年度报告按时发布", threshold: "每年1月31日前", notVeto: true as const };
  if (published) return { ...base, light: "green", ratio: 0, detail: `${year}年度报告已发布`, sectionIds: [] };
  const day = Number(today.slice(8, 10));
  const january = today.slice(5, 7) === "01";
  if (today <= due) {
    return { ...base, light: "amber", ratio: Math.min(day / 31, 0.99), detail: `${year}年度报告尚未发布，应于${due}前发布（还剩${january ? 31 - day : 0}天）`, sectionIds: [REPORT_SECTION] };
  }
  return { ...base, light: "red", ratio: 1, detail: `${year}年度报告尚未发布，已超过${due}的发布期限`, sectionIds: [REPORT_SECTION] };
}
