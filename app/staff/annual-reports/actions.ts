"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ANNUAL_REPORT_FORM } from "@/lib/disclosure-report/fields";
import { staffTransition } from "@/lib/form-engine/staff-entry";

export type CreateOutcome = { message: string } | null;

/** 建立草稿: the definition's 保存草稿 with only the year, through the one transition; tables are counted there. */
export async function createReportDraft(_prev: CreateOutcome, form: FormData): Promise<CreateOutcome> {
  const year = String(form.get("year") ?? "").trim();
  const r = await staffTransition(getDb(), await getActor(), { formKey: ANNUAL_REPORT_FORM, action: "save", data: { year } });
  if (!r.ok) return { message: r.fieldErrors?.year ?? r.message };
  redirect(`/staff/records/${r.recordId}?done=${encodeURIComponent("建立草稿")}`);
}
