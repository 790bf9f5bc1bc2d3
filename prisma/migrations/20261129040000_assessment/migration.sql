-- CreateTable
CREATE TABLE "assessment_weights" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_weights_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "assessment_snapshots" (
    "recordId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "rows" JSONB NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_snapshots_pkey" PRIMARY KEY ("recordId")
);

-- CreateIndex
CREATE UNIQUE INDEX "assessment_snapshots_period_key" ON "assessment_snapshots"("period");


-- An approved quarter is frozen: its stored table can be neither changed nor removed.
CREATE TRIGGER "assessment_snapshots_frozen" BEFORE UPDATE OR DELETE ON "assessment_snapshots"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();

