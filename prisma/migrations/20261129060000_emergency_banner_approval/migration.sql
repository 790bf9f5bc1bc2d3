-- AlterTable
ALTER TABLE "site_banners" ADD COLUMN     "recordId" TEXT;


-- Art. 7 (issue 13 item 6): a banner shows only once a bureau leader has approved its record.
-- A banner switched on under the old rule had no leader's approval, so it comes down.
UPDATE "site_banners" SET "active" = false WHERE "recordId" IS NULL AND "active";
