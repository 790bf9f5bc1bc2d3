-- Public portal (issue 4): site search, 办事指南 service links, the emergency banner.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "searchBody" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "serviceGuide" JSONB;

-- CreateTable
CREATE TABLE "site_banners" (
    "id" TEXT NOT NULL DEFAULT 'emergency',
    "active" BOOLEAN NOT NULL DEFAULT false,
    "message" TEXT NOT NULL DEFAULT '',
    "linkUrl" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "site_banners_pkey" PRIMARY KEY ("id")
);

-- Hand-written: PostgreSQL cannot segment Chinese, so the application stores the words
-- (space-separated, from Intl.Segmenter) and the database keeps the weighted vector in step
-- with them. The 'simple' configuration lower-cases and does no stemming, which suits
-- segmented Chinese and keeps Latin words and numbers searchable.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "searchTitle"), 'A') || setweight(to_tsvector('simple', "searchBody"), 'B')
) STORED;
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");

-- Only the one emergency banner row exists.
ALTER TABLE "site_banners" ADD CONSTRAINT "site_banners_single_row" CHECK ("id" = 'emergency');
