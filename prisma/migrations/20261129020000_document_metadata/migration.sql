-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "docDate" DATE,
ADD COLUMN     "docNumber" TEXT,
ADD COLUMN     "docType" TEXT,
ADD COLUMN     "docValidity" TEXT,
ADD COLUMN     "docValidityDate" DATE;

-- Hand-written: the values lib/content/document-meta.ts knows, and a 废止/失效 date with every 废止/失效.
ALTER TABLE "articles" ADD CONSTRAINT "articles_doc_type_check" CHECK ("docType" IS NULL OR "docType" IN ('rule', 'normative', 'other'));
ALTER TABLE "articles" ADD CONSTRAINT "articles_doc_validity_check" CHECK ("docValidity" IS NULL OR "docValidity" IN ('valid', 'repealed', 'expired'));
ALTER TABLE "articles" ADD CONSTRAINT "articles_doc_validity_date_check" CHECK (("docValidity" IN ('repealed', 'expired')) = ("docValidityDate" IS NOT NULL));

-- Hand-written: one 政府信息公开工作年度报告 per year (forms/annual-report.ts), also under concurrency:
-- the definition's guard gives the Chinese message first.
CREATE UNIQUE INDEX "form_records_annual_report_year" ON "form_records" ((data->>'year')) WHERE "formKey" = 'annual-report';
