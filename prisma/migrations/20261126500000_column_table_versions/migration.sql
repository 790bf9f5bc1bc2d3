-- CreateTable
CREATE TABLE "column_table_versions" (
    "id" SERIAL NOT NULL,
    "recordId" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "column_table_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "column_draft_flags" (
    "id" SERIAL NOT NULL,
    "recordId" TEXT NOT NULL,
    "columnId" TEXT NOT NULL,
    "fromSection" TEXT NOT NULL,
    "toSection" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "column_draft_flags_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "column_draft_flags_toSection_idx" ON "column_draft_flags"("toSection");
