-- CreateIndex
CREATE INDEX "form_records_formKey_updatedAt_id_idx" ON "form_records"("formKey", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "form_records_formKey_sectionId_updatedAt_id_idx" ON "form_records"("formKey", "sectionId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "form_records_formKey_state_updatedAt_id_idx" ON "form_records"("formKey", "state", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "form_records_formKey_sectionId_state_updatedAt_id_idx" ON "form_records"("formKey", "sectionId", "state", "updatedAt", "id");
