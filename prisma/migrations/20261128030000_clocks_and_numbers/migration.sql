-- AlterTable
ALTER TABLE "form_records" ADD COLUMN     "registrationNumber" TEXT;

-- CreateTable
CREATE TABLE "record_clocks" (
    "recordId" TEXT NOT NULL,
    "clockKey" TEXT NOT NULL,
    "formKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "due" DATE,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "record_clocks_pkey" PRIMARY KEY ("recordId","clockKey")
);

-- CreateTable
CREATE TABLE "record_number_counters" (
    "formKey" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "record_number_counters_pkey" PRIMARY KEY ("formKey","year")
);

-- CreateIndex
CREATE INDEX "record_clocks_status_due_idx" ON "record_clocks"("status", "due");

-- CreateIndex
CREATE UNIQUE INDEX "form_records_registrationNumber_key" ON "form_records"("registrationNumber");

-- AddForeignKey
ALTER TABLE "record_clocks" ADD CONSTRAINT "record_clocks_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "form_records"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

