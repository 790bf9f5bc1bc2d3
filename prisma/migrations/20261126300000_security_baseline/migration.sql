-- CreateTable
CREATE TABLE "security_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "security_settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "username" TEXT NOT NULL,
    "ip" TEXT,
    "ok" BOOLEAN NOT NULL,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts"("username", "at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts"("ip", "at");

-- ---------------------------------------------------------------------------
-- Art. 16: a bureau section never ends a transaction without its publishing account.
-- The unique index (init) refuses a second one; this deferred trigger refuses taking the
-- role away (or moving the account) unless another account of the section receives it in
-- the same transaction, so a hand-over is one transaction.
-- ---------------------------------------------------------------------------
CREATE FUNCTION enforce_section_keeps_publisher() RETURNS trigger AS $$
BEGIN
  IF 'publisher' = ANY(OLD."roles")
     AND EXISTS (SELECT 1 FROM "sections" WHERE id = OLD."sectionId" AND kind = 'bureau_section')
     AND NOT EXISTS (SELECT 1 FROM "accounts" WHERE "sectionId" = OLD."sectionId" AND 'publisher' = ANY("roles"))
  THEN
    RAISE EXCEPTION 'ART16_SECTION_NEEDS_PUBLISHER: section % would have no publishing account', OLD."sectionId"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "accounts_section_keeps_publisher" AFTER UPDATE OR DELETE ON "accounts"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION enforce_section_keeps_publisher();
