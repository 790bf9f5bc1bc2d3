-- CreateTable
CREATE TABLE "informants" (
    "sectionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officePhone" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "informants_pkey" PRIMARY KEY ("sectionId")
);

-- CreateTable
CREATE TABLE "column_page_versions" (
    "id" SERIAL NOT NULL,
    "columnId" TEXT NOT NULL,
    "recordId" TEXT,
    "sectionId" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "bodyHtml" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "column_page_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "column_page_versions_columnId_id_idx" ON "column_page_versions"("columnId", "id");

-- AddForeignKey
ALTER TABLE "informants" ADD CONSTRAINT "informants_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

