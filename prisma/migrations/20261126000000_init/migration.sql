-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SectionKind" AS ENUM ('bureau_section', 'county_bureau', 'affiliated_unit', 'leadership');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('publisher', 'section_chief', 'deputy_director', 'director', 'office_reviewer', 'finalizer', 'reporter', 'sysadmin', 'secadmin', 'auditor');

-- CreateEnum
CREATE TYPE "ColumnKind" AS ENUM ('list', 'page', 'link');

-- CreateEnum
CREATE TYPE "ColumnGroup" AS ENUM ('disclosure', 'services', 'interaction', 'health', 'topics');

-- CreateTable
CREATE TABLE "sections" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SectionKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "reportsToId" TEXT,
    "overseerId" TEXT,
    "enforcesLaw" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "roles" "Role"[],
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "columns" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "kind" "ColumnKind" NOT NULL DEFAULT 'list',
    "group" "ColumnGroup" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updateIntervalDays" INTEGER,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "externalUrl" TEXT,
    "pageBody" TEXT,
    "description" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "columns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "column_sections" (
    "columnId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "entrusted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "column_sections_pkey" PRIMARY KEY ("columnId","sectionId")
);

-- CreateTable
CREATE TABLE "form_records" (
    "id" TEXT NOT NULL,
    "formKey" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sectionId" TEXT,
    "createdById" TEXT,
    "data" JSONB NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "form_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "form_events" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "opinion" TEXT,
    "contentHash" TEXT NOT NULL,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "form_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "columnId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "recordId" TEXT,
    "title" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "images" JSONB NOT NULL DEFAULT '[]',
    "publishAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawReason" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT,
    "detail" JSONB,
    "ip" TEXT,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_days" (
    "date" DATE NOT NULL,
    "isWorkday" BOOLEAN NOT NULL,
    "name" TEXT,
    "source" TEXT NOT NULL DEFAULT 'chinese-days',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "calendar_days_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "calendar_years" (
    "year" INTEGER NOT NULL,
    "announced" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT NOT NULL DEFAULT 'chinese-days',

    CONSTRAINT "calendar_years_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "sections_name_key" ON "sections"("name");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_username_key" ON "accounts"("username");

-- CreateIndex
CREATE UNIQUE INDEX "columns_slug_key" ON "columns"("slug");

-- CreateIndex
CREATE INDEX "form_records_formKey_state_idx" ON "form_records"("formKey", "state");

-- CreateIndex
CREATE UNIQUE INDEX "form_events_recordId_seq_key" ON "form_events"("recordId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "articles_recordId_key" ON "articles"("recordId");

-- CreateIndex
CREATE INDEX "articles_columnId_publishAt_idx" ON "articles"("columnId", "publishAt");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- CreateIndex
CREATE INDEX "audit_events_actorId_at_idx" ON "audit_events"("actorId", "at");

-- AddForeignKey
ALTER TABLE "sections" ADD CONSTRAINT "sections_reportsToId_fkey" FOREIGN KEY ("reportsToId") REFERENCES "sections"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sections" ADD CONSTRAINT "sections_overseerId_fkey" FOREIGN KEY ("overseerId") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "columns" ADD CONSTRAINT "columns_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "columns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "column_sections" ADD CONSTRAINT "column_sections_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "columns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "column_sections" ADD CONSTRAINT "column_sections_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "form_records" ADD CONSTRAINT "form_records_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "sections"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "form_events" ADD CONSTRAINT "form_events_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "form_records"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "columns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "form_records"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Rules the database keeps itself, whatever path a write takes.
-- ---------------------------------------------------------------------------

-- Art. 16: each bureau section has one publishing account, while county bureaus and affiliated
-- units have none (their reporters submit materials to their city section instead).
CREATE UNIQUE INDEX "accounts_one_publisher_per_section" ON "accounts"("sectionId") WHERE 'publisher' = ANY("roles");

CREATE FUNCTION enforce_account_section_kind() RETURNS trigger AS $$
DECLARE
  section_kind "SectionKind";
BEGIN
  SELECT kind INTO section_kind FROM "sections" WHERE id = NEW."sectionId";
  IF 'publisher' = ANY(NEW."roles") AND section_kind <> 'bureau_section' THEN
    RAISE EXCEPTION 'ART16_PUBLISHER_SECTION: only a bureau section has a publishing account'
      USING ERRCODE = 'check_violation';
  END IF;
  IF 'reporter' = ANY(NEW."roles") AND section_kind = 'bureau_section' THEN
    RAISE EXCEPTION 'ART16_REPORTER_SECTION: reporter accounts belong to county bureaus and units'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "accounts_section_kind" BEFORE INSERT OR UPDATE ON "accounts"
  FOR EACH ROW EXECUTE FUNCTION enforce_account_section_kind();

CREATE FUNCTION enforce_section_kind_change() RETURNS trigger AS $$
BEGIN
  IF NEW.kind <> 'bureau_section' AND EXISTS (
    SELECT 1 FROM "accounts" WHERE "sectionId" = NEW.id AND 'publisher' = ANY("roles")
  ) THEN
    RAISE EXCEPTION 'ART16_PUBLISHER_SECTION: a section with a publishing account must stay a bureau section'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "sections_kind_change" BEFORE UPDATE OF kind ON "sections"
  FOR EACH ROW EXECUTE FUNCTION enforce_section_kind_change();

-- 三员分立: no account holds two of the three administrator roles.
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_admin_roles_separated" CHECK (
  NOT ("roles" @> ARRAY['sysadmin', 'secadmin']::"Role"[])
  AND NOT ("roles" @> ARRAY['sysadmin', 'auditor']::"Role"[])
  AND NOT ("roles" @> ARRAY['secadmin', 'auditor']::"Role"[])
);

-- The audit trail and the workflow history are append-only.
CREATE FUNCTION refuse_change_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'APPEND_ONLY: % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
CREATE TRIGGER "form_events_append_only" BEFORE UPDATE OR DELETE ON "form_events"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
CREATE TRIGGER "form_events_no_truncate" BEFORE TRUNCATE ON "form_events"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
