import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorkCalendar } from "./working-days";

/** The working-day calendar as the bureau maintains it (seeded from chinese-days, corrected by admins). */
export async function loadCalendar(db: Db | Prisma.TransactionClient): Promise<WorkCalendar> {
  const [days, years] = await Promise.all([
    db.calendarDay.findMany({ select: { date: true, isWorkday: true, name: true } }),
    db.calendarYear.findMany({ where: { announced: true }, select: { year: true } }),
  ]);
  return {
    exceptions: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), { isWorkday: d.isWorkday, name: d.name }])),
    announcedYears: new Set(years.map((y) => y.year)),
  };
}
