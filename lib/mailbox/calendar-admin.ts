// An administrator corrects or extends the working-day calendar (a holiday the seed lacks, a
// 调休 day, a newly announced year). Deadlines are computed from the table on each view, and
// the derived clock rows the lists read are rewritten in the same transaction, so a
// correction applies at once everywhere.
import { assertCan } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/login";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recomputeOpenClocks } from "@/lib/form-engine/clock-rows";

// Rewriting every open record's clock rows can take longer than Prisma's 5 s default.
const RECOMPUTE = { timeout: 120_000 };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string) => DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export type DayKind = "holiday" | "workday" | "default";

/** Sets a date as a holiday, a (调休) working day, or back to the weekday rule ("default"). */
export async function setCalendarDay(db: Db, actor: Actor, input: { date: string; kind: string; name: string }): Promise<string> {
  assertCan(actor, "calendar.manage");
  const date = input.date.trim();
  const name = input.name.trim().slice(0, 30) || null;
  if (!validDate(date)) throw new AppError("invalid", "请填写有效日期（年-月-日）。");
  if (!["holiday", "workday", "default"].includes(input.kind)) throw new AppError("invalid", "请选择这一天是节假日、调休上班日还是按周一至周五。");
  const at = new Date(`${date}T00:00:00Z`);
  const recomputed = await db.$transaction(async (tx) => {
    if (input.kind === "default") await tx.calendarDay.deleteMany({ where: { date: at } });
    else {
      const isWorkday = input.kind === "workday";
      await tx.calendarDay.upsert({ where: { date: at }, create: { date: at, isWorkday, name, source: "admin" }, update: { isWorkday, name, source: "admin" } });
    }
    await recordAudit(tx, { actorId: actor.id, actorName: actor.displayName, action: "calendar.day", objectType: "calendar_day", objectId: date, detail: { kind: input.kind, name } });
    return recomputeOpenClocks(tx);
  }, RECOMPUTE);
  return `已更新 ${date}，${recomputed} 件在办事项的期限已按新日历重新计算。`;
}

/** Marks a year's holiday schedule as announced (deadlines in it stop being 暂定) or not. */
export async function setYearAnnounced(db: Db, actor: Actor, input: { year: string; announced: boolean }): Promise<string> {
  assertCan(actor, "calendar.manage");
  const year = Number(input.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError("invalid", "请填写有效年份。");
  await db.$transaction(async (tx) => {
    await tx.calendarYear.upsert({ where: { year }, create: { year, announced: input.announced, source: "admin" }, update: { announced: input.announced, source: "admin" } });
    await recordAudit(tx, { actorId: actor.id, actorName: actor.displayName, action: "calendar.year", objectType: "calendar_year", objectId: String(year), detail: { announced: input.announced } });
    await recomputeOpenClocks(tx);
  }, RECOMPUTE);
  return input.announced ? `${year}年已标记为节假日安排已公布。` : `${year}年已标记为节假日安排未公布，该年的期限为暂定。`;
}
