// Art. 20 通报 listed in the statistics: records of the 通报 definition (forms/circular.ts) that the
// deputy in charge approved within the period, with the section they name. Decided in SQL.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Client } from "./item-counts";
import { periodBounds } from "./period";

import { CIRCULAR_APPROVE_ACTION, CIRCULAR_APPROVED, CIRCULAR_FORM } from "./keys";

export interface Circular { recordId: string; sectionId: string; sectionName: string; caseText: string; link: string | null; approvedAt: Date }

export async function approvedCirculars(db: Client, period: string): Promise<Circular[]> {
  const { start, end } = periodBounds(period);
  const rows = await db.$queryRaw<Circular[]>(Prisma.sql`
    SELECT r.id AS "recordId", s.id AS "sectionId", s.name AS "sectionName", r.data->>'caseText' AS "caseText",
           NULLIF(r.data->>'link', '') AS link, e."createdAt" AS "approvedAt"
    FROM form_records r
    JOIN form_events e ON e."recordId" = r.id AND e.action = ${CIRCULAR_APPROVE_ACTION}
    JOIN sections s ON s.id = r.data->>'section'
    WHERE r."formKey" = ${CIRCULAR_FORM} AND r.state = ${CIRCULAR_APPROVED} AND e."createdAt" >= ${start} AND e."createdAt" < ${end}
    ORDER BY e."createdAt" DESC`);
  return rows;
}
