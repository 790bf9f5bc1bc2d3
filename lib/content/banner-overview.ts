// What the staff banner screen lists: the banner on the site now and the proposals awaiting a leader.
import type { Db } from "@/lib/db/client";

const BANNER_FORM = "emergency-banner";

export async function bannerOverview(db: Db) {
  const [row, open] = await Promise.all([
    db.siteBanner.findUnique({ where: { id: "emergency" }, select: { active: true, message: true, recordId: true, updatedAt: true } }),
    db.formRecord.findMany({ where: { formKey: BANNER_FORM, state: "pending" }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, createdAt: true } }),
  ]);
  const live = row?.active && row.recordId ? { message: row.message, recordId: row.recordId, updatedAt: row.updatedAt } : null;
  return { live, open };
}
