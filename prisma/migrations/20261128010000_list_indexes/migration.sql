-- CreateIndex
CREATE INDEX "form_records_formKey_state_updatedAt_idx" ON "form_records"("formKey", "state", "updatedAt");

-- CreateIndex
CREATE INDEX "form_records_sectionId_formKey_updatedAt_idx" ON "form_records"("sectionId", "formKey", "updatedAt");

-- CreateIndex
CREATE INDEX "form_records_updatedAt_id_idx" ON "form_records"("updatedAt", "id");

