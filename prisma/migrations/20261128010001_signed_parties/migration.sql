-- AlterTable
ALTER TABLE "form_records" ADD COLUMN     "signedParties" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill from the events, as lib/form-engine/records.ts signedParties() computes it for the
-- definitions that have an all-must-sign step today: 审定 (publication-approval) and 提出意见
-- (column-assignment). A review cycle starts with 保存草稿, 提交审核 or any 退回修改.
UPDATE "form_records" r SET "signedParties" = s.parties
FROM (
  SELECT e."recordId", array_agg(e.detail ->> 'party' ORDER BY e.seq) AS parties
  FROM "form_events" e JOIN "form_records" r2 ON r2.id = e."recordId"
  WHERE ((r2."formKey" = 'publication-approval' AND e.action = 'finalize') OR (r2."formKey" = 'column-assignment' AND e.action = 'give_opinion'))
    AND e."fromState" = r2.state AND COALESCE(e.detail ->> 'party', '') <> ''
    AND e.seq > COALESCE((SELECT max(c.seq) FROM "form_events" c WHERE c."recordId" = e."recordId" AND (c.action IN ('save', 'submit') OR c.action LIKE '%\_return')), 0)
  GROUP BY e."recordId"
) s
WHERE s."recordId" = r.id;
