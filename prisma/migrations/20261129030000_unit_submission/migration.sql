-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "source" TEXT;

-- CreateTable
CREATE TABLE "reporting_lines" (
    "reporterId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "reporting_lines_pkey" PRIMARY KEY ("reporterId","sectionId")
);

-- CreateTable
CREATE TABLE "submission_adoptions" (
    "submissionId" TEXT NOT NULL,
    "approvalId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_adoptions_pkey" PRIMARY KEY ("submissionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "submission_adoptions_approvalId_key" ON "submission_adoptions"("approvalId");

-- AddForeignKey
ALTER TABLE "reporting_lines" ADD CONSTRAINT "reporting_lines_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_lines" ADD CONSTRAINT "reporting_lines_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_adoptions" ADD CONSTRAINT "submission_adoptions_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "form_records"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_adoptions" ADD CONSTRAINT "submission_adoptions_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "form_records"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

