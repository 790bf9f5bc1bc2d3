-- CreateEnum
CREATE TYPE "AdminProposalKind" AS ENUM ('create', 'reset_password', 'disable', 'enable', 'set_roles');

-- CreateEnum
CREATE TYPE "AdminProposalStatus" AS ENUM ('pending', 'approved', 'rejected', 'withdrawn');

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "mac" TEXT;

-- CreateTable
CREATE TABLE "admin_proposals" (
    "id" TEXT NOT NULL,
    "kind" "AdminProposalKind" NOT NULL,
    "targetAccountId" TEXT,
    "payload" JSONB NOT NULL,
    "status" "AdminProposalStatus" NOT NULL DEFAULT 'pending',
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,

    CONSTRAINT "admin_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "admin_proposals_status_proposedAt_idx" ON "admin_proposals"("status", "proposedAt");


-- ---------------------------------------------------------------------------
-- 三员分立 (issue 15 item 3): at most one account per administrator role, disabled ones
-- included, so that no administrator can create a second auditor or security admin to act
-- through. Replacing the person behind a role is a password reset of the same account,
-- approved by a second administrator (README "Administrator accounts").
-- ---------------------------------------------------------------------------
CREATE UNIQUE INDEX "accounts_one_sysadmin" ON "accounts" ((true)) WHERE 'sysadmin' = ANY("roles");
CREATE UNIQUE INDEX "accounts_one_secadmin" ON "accounts" ((true)) WHERE 'secadmin' = ANY("roles");
CREATE UNIQUE INDEX "accounts_one_auditor" ON "accounts" ((true)) WHERE 'auditor' = ANY("roles");

-- A proposal is decided by someone other than its proposer.
ALTER TABLE "admin_proposals" ADD CONSTRAINT "admin_proposals_proposer_fkey" FOREIGN KEY ("proposedById") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "admin_proposals" ADD CONSTRAINT "admin_proposals_decider_fkey" FOREIGN KEY ("decidedById") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "admin_proposals" ADD CONSTRAINT "admin_proposals_four_eyes" CHECK ("decidedById" IS NULL OR "decidedById" <> "proposedById");
ALTER TABLE "admin_proposals" ADD CONSTRAINT "admin_proposals_decided" CHECK (("status" = 'pending') = ("decidedAt" IS NULL));
