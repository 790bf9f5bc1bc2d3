// Art. 19 figures that count items, not steps: a record returned and submitted again is still
// one item submitted. Counted in the database, per section (the record's) and period, so that no
// event rows are loaded to be counted in JavaScript.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Client = Db | Prisma.TransactionClient;

export interface ItemCount { sectionId: string; period: string; key: string; n: number }

/**
 * Distinct records of `formKey` per section and period (the year "2026" and the quarter
 * "2026-Q4", in Beijing time) that had at least one event whose action maps to a key in `keys`.
 * An action ending in "_return" matches the pattern key "*_return".
 */
export async function distinctRecordCounts(db: Client, formKey: string, keys: Record<string, string>): Promise<ItemCount[]> {
  const exact = Object.entries(keys).filter(([a]) => !a.startsWith("*"));
  const returnKey = keys["*_return"] ?? null;
  const rows = await db.$queryRaw<{ sectionId: string; period: string; key: string; n: bigint }[]>`
    SELECT r."sectionId", p.period, k.key, COUNT(DISTINCT r.id) AS n
    FROM form_events e
    JOIN form_records r ON r.id = e."recordId"
    CROSS JOIN LATERAL (
      SELECT COALESCE(
        ${JSON.stringify(Object.fromEntries(exact))}::jsonb ->> e.action,
        CASE WHEN right(e.action, 7) = '_return' THEN ${returnKey}::text END
      ) AS key
    ) k
    CROSS JOIN LATERAL (SELECT (e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai' AS local) t
    CROSS JOIN LATERAL (VALUES (to_char(t.local, 'YYYY')), (to_char(t.local, 'YYYY') || '-Q' || to_char(t.local, 'Q'))) AS p(period)
    WHERE r."formKey" = ${formKey} AND r."sectionId" IS NOT NULL AND k.key IS NOT NULL
    GROUP BY r."sectionId", p.period, k.key`;
  return rows.map((r) => ({ sectionId: r.sectionId, period: r.period, key: r.key, n: Number(r.n) }));
}
