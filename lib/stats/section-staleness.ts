// Art. 20, judged per section: for each column with a required update interval, each section
// responsible for it (Art. 10, `column_sections`) is judged by its OWN updates there. A section
// that published nothing in a shared column is listed even when another section keeps the
// column itself fresh. Decided in one SQL query.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Client } from "./item-counts";

export interface StaleSection {
  sectionId: string;
  sectionName: string;
  columnId: string;
  columnName: string;
  intervalDays: number;
  /** The section's own last update in the column, null when it never published there. */
  lastOwnUpdate: Date | null;
  /** Whole days since then (null: never). */
  daysSince: number | null;
  /** The section's own updates in the column since `since` (the period's start). */
  ownUpdatesSince: number;
}

/**
 * Section-column pairs where the section's own last update is older than the column's interval
 * as of `asOf`. An article counts while it was live at `asOf` (published by then, not yet
 * withdrawn), so a past quarter is judged as it stood at its end.
 */
export async function staleSections(db: Client, asOf: Date, since: Date): Promise<StaleSection[]> {
  const rows = await db.$queryRaw<{ sectionId: string; sectionName: string; columnId: string; columnName: string; intervalDays: number; lastOwnUpdate: Date | null; ownUpdatesSince: bigint }[]>(Prisma.sql`
    SELECT cs."sectionId", s.name AS "sectionName", c.id AS "columnId", c.name AS "columnName", c."updateIntervalDays" AS "intervalDays",
           MAX(a."publishAt") AS "lastOwnUpdate",
           COUNT(a.id) FILTER (WHERE a."publishAt" >= ${since}) AS "ownUpdatesSince"
    FROM column_sections cs
    JOIN columns c ON c.id = cs."columnId"
    JOIN sections s ON s.id = cs."sectionId"
    LEFT JOIN articles a ON a."columnId" = cs."columnId" AND a."sectionId" = cs."sectionId"
         AND a."publishAt" <= ${asOf} AND (a."withdrawnAt" IS NULL OR a."withdrawnAt" > ${asOf})
    WHERE c.visible AND c.kind = 'list' AND c."updateIntervalDays" IS NOT NULL
    GROUP BY cs."sectionId", s.name, s."sortOrder", c.id, c.name, c."updateIntervalDays", c."sortOrder"
    HAVING MAX(a."publishAt") IS NULL OR MAX(a."publishAt") < ${asOf}::timestamp - make_interval(days => c."updateIntervalDays")
    ORDER BY s."sortOrder", cs."sectionId", c."sortOrder", c.name`);
  return rows.map((r) => ({
    ...r,
    ownUpdatesSince: Number(r.ownUpdatesSince),
    daysSince: r.lastOwnUpdate ? Math.floor((asOf.getTime() - r.lastOwnUpdate.getTime()) / 86_400_000) : null,
  }));
}
