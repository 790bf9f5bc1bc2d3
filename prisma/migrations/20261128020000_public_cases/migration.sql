-- Public cases: the mailbox letter's own tables become the engine's (issue 11 item 7).

-- CreateTable
CREATE TABLE "public_cases" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "formKey" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "queryCodeHash" TEXT NOT NULL,
    "factorHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_attempts" (
    "id" BIGSERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_challenge_uses" (
    "nonce" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "public_challenge_uses_pkey" PRIMARY KEY ("nonce")
);

-- CreateIndex
CREATE UNIQUE INDEX "public_cases_recordId_key" ON "public_cases"("recordId");

-- CreateIndex
CREATE UNIQUE INDEX "public_cases_idempotencyKey_key" ON "public_cases"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "public_cases_queryCodeHash_key" ON "public_cases"("queryCodeHash");

-- CreateIndex
CREATE INDEX "public_attempts_bucket_at_idx" ON "public_attempts"("bucket", "at");

-- CreateIndex
CREATE INDEX "public_challenge_uses_expiresAt_idx" ON "public_challenge_uses"("expiresAt");


-- A case row belongs to its record.
ALTER TABLE "public_cases" ADD CONSTRAINT "public_cases_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "form_records"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing letters keep their query codes. The second factor (the phone's last 4 digits) is
-- stored from now on only as sha256("queryCodeHash:last4"), as lib/form-engine/public/query-code.ts
-- computes it. Claims whose letter never committed (recordId NULL) are released by not copying them.
INSERT INTO "public_cases" ("id", "recordId", "formKey", "idempotencyKey", "queryCodeHash", "factorHash", "createdAt")
SELECT "id", "recordId", 'mailbox-letter', "idempotencyKey", "queryCodeHash", encode(sha256(convert_to("queryCodeHash" || ':' || "phoneLast4", 'UTF8')), 'hex'), "createdAt"
FROM "mailbox_letters" WHERE "recordId" IS NOT NULL AND "recordId" IN (SELECT "id" FROM "form_records");

-- DropTable
DROP TABLE "mailbox_letters";

-- DropTable
DROP TABLE "mailbox_attempts";
