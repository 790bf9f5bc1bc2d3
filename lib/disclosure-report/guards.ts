// The annual report's checks before it is submitted and approved.
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import type { Guard } from "@/lib/form-engine/types";
import { todayInBeijing } from "@/lib/time/beijing";
import { reportYear } from "./computation";
import { countsOf, imbalanceMessage } from "./template";

/** 一 + 二 = 三(七) + 四 in every column, on the table as it will be frozen. */
export const balanceGuard: Guard = (ctx) => {
  const message = imbalanceMessage(countsOf(ctx.data.table3));
  if (message) throw new AppError("unbalanced", message);
};

/** A report covers a year that has begun. */
export const yearGuard: Guard = (ctx) => {
  const y = reportYear(ctx.data);
  // Four digits exactly, so that "02026" cannot slip past the one-report-per-year rule.
  if (y === null || String(ctx.data.year) !== String(y)) throw new FieldErrors({ year: "请填写报告年度（四位数字）" });
  if (y > Number(todayInBeijing(ctx.now).slice(0, 4))) throw new FieldErrors({ year: "报告年度不能晚于今年" });
};

/** Table 四: each 总计 is the sum of its four cells (15 cells: three groups of five). */
export function totalsGuard(groups: { label: string; parts: string[]; total: string }[]): Guard {
  return (ctx) => {
    const n = (k: string) => Number(ctx.data[k] || 0);
    for (const g of groups) {
      const sum = g.parts.reduce((s, k) => s + n(k), 0);
      if (n(g.total) !== sum) throw new FieldErrors({ [g.total]: `${g.label}的总计应为${sum}（前四项之和）` });
    }
  };
}

/** One report per year: another record of the form for the same year refuses the step. */
export function uniqueYearGuard(db: () => Db): Guard {
  return async (ctx) => {
    const y = reportYear(ctx.data);
    if (y === null) return;
    const other = await db().formRecord.findFirst({
      where: { formKey: ctx.formKey, data: { path: ["year"], equals: String(y) }, ...(ctx.recordId ? { id: { not: ctx.recordId } } : {}) },
      select: { id: true },
    });
    if (other) throw new FieldErrors({ year: `${y}年度的年度报告已经建立，请在“年度报告”中打开它继续办理。` });
  };
}
