-- AlterTable
ALTER TABLE "form_records" ADD COLUMN     "classifiedPurgedAt" TIMESTAMP(3);


-- Art. 17: drafts saved with 是否涉密 = 是 before saving them was refused lose their content.
-- The files they list go first (uploads are kept in the database), then the content fields and
-- the title. What stays: the record, its state, 是否涉密, applicant, section, dates, column, and
-- the append-only form_events (each holds a SHA-256 contentHash of the data, never the text).
DELETE FROM "uploads" u WHERE EXISTS (
  SELECT 1 FROM "form_records" r
  CROSS JOIN LATERAL jsonb_array_elements(
    (CASE WHEN jsonb_typeof(r."data"->'attachments') = 'array' THEN r."data"->'attachments' ELSE '[]'::jsonb END)
    || (CASE WHEN jsonb_typeof(r."data"->'images') = 'array' THEN r."data"->'images' ELSE '[]'::jsonb END)) f
  WHERE r."formKey" = 'publication-approval' AND r."data"->>'secret' = 'yes' AND r."classifiedPurgedAt" IS NULL
    AND f->>'url' = '/api/uploads/' || u."name");

UPDATE "form_records"
SET "data" = ("data" - ARRAY['title', 'body', 'attachments', 'images', 'note', 'materials', 'applyUrl', 'consultUrl', 'progressUrl', 'resultUrl'])
      || '{"title": "", "body": "", "attachments": [], "images": [], "note": ""}'::jsonb,
    "title" = '（涉密内容已清除）',
    "classifiedPurgedAt" = now(),
    "version" = "version" + 1,
    "updatedAt" = now()
WHERE "formKey" = 'publication-approval' AND "data"->>'secret' = 'yes' AND "classifiedPurgedAt" IS NULL;
