-- CreateTable
CREATE TABLE "assessment_weights" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
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

-- The default weights (README: "季度考核"). xxtjk-kz may change them on /staff/stats/assessment.
INSERT INTO "assessment_weights" ("key", "label", "points", "sortOrder") VALUES
  ('base',          '基础分',                       100, 0),
  ('published',     '每发布一条信息',                 2, 1),
  ('submitted',     '县区、单位每报送一条信息',       1, 2),
  ('adopted',       '县区、单位每被采用一条信息',     3, 3),
  ('lateLetter',    '每件来信超期答复',  -2, 4),
  ('staleColumn',   '每个责任栏目未按周期更新',       -5, 5),
  ('circular',      '每次被通报',                   -10, 6);
