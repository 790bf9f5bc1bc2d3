-- CreateTable
CREATE TABLE "mailbox_letters" (
    "id" TEXT NOT NULL,
    "recordId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "queryCodeHash" TEXT NOT NULL,
    "phoneLast4" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailbox_letters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mailbox_attempts" (
    "id" BIGSERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailbox_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mailbox_letters_recordId_key" ON "mailbox_letters"("recordId");

-- CreateIndex
CREATE UNIQUE INDEX "mailbox_letters_idempotencyKey_key" ON "mailbox_letters"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "mailbox_letters_queryCodeHash_key" ON "mailbox_letters"("queryCodeHash");

-- CreateIndex
CREATE INDEX "mailbox_attempts_bucket_at_idx" ON "mailbox_attempts"("bucket", "at");
