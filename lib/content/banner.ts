// The Art. 7 emergency banner. It is changed only by the engine's effects of the 紧急公告
// definition (forms/emergency-banner.ts): "banner.show" when a bureau leader approves a
// proposal, "banner.hide" when a live banner is taken down. The transition has already decided
// who may act and written the step's event and audit; these effects write the banner row in
// the same transaction and refresh every public page (every instance, through NOTIFY) after it.
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Effect, FormData } from "@/lib/form-engine/types";
import { revalidateBanner } from "./revalidate";

const BANNER_ID = "emergency";
const str = (v: FormData[string] | undefined) => (typeof v === "string" ? v.trim() : "");

export function readBanner(db: Db = getDb()) {
  return db.siteBanner.findUnique({ where: { id: BANNER_ID } });
}

/** What the public pages show: the approved banner, or null. The one rule for banner visibility. */
export async function publicBanner(db: Db = getDb()): Promise<{ message: string; linkUrl: string | null } | null> {
  const b = await db.siteBanner.findUnique({ where: { id: BANNER_ID }, select: { active: true, message: true, linkUrl: true, recordId: true } });
  return b?.active && b.message && b.recordId ? { message: b.message, linkUrl: b.linkUrl } : null;
}

export const bannerShowEffect: Effect = {
  name: "banner.show",
  async inTransaction(tx, ctx) {
    // The row lock makes two approvals at the same moment queue: the second sees the first live.
    const rows = await tx.$queryRaw<{ active: boolean; recordId: string | null }[]>`SELECT active, "recordId" FROM site_banners WHERE id = ${BANNER_ID} FOR UPDATE`;
    const current = rows[0];
    if (current?.active && current.recordId && current.recordId !== ctx.recordId)
      throw new AppError("banner_live", "网站上已有一条紧急公告在显示。请先撤下该公告，再批准新的公告。");
    const data = { active: true, message: str(ctx.data.message), linkUrl: str(ctx.data.linkUrl) || null, recordId: ctx.recordId, updatedById: ctx.actor?.id ?? null };
    await tx.siteBanner.upsert({ where: { id: BANNER_ID }, create: { id: BANNER_ID, ...data }, update: data });
    await recordAudit(tx, {
      actorId: ctx.actor?.id ?? null, actorName: ctx.actor?.displayName ?? "", action: "banner.on", objectType: "site_banner", objectId: BANNER_ID,
      detail: { message: data.message, linkUrl: data.linkUrl, recordId: ctx.recordId },
    });
  },
  afterCommit() {
    revalidateBanner();
  },
};

export const bannerHideEffect: Effect = {
  name: "banner.hide",
  async inTransaction(tx, ctx) {
    // Only the banner this record put up; a record that is no longer the live one changes nothing.
    const n = await tx.siteBanner.updateMany({ where: { id: BANNER_ID, recordId: ctx.recordId, active: true }, data: { active: false, updatedById: ctx.actor?.id ?? null } });
    if (n.count === 0) return;
    await recordAudit(tx, {
      actorId: ctx.actor?.id ?? null, actorName: ctx.actor?.displayName ?? "", action: "banner.off", objectType: "site_banner", objectId: BANNER_ID,
      detail: { reason: ctx.opinion, recordId: ctx.recordId },
    });
  },
  afterCommit() {
    revalidateBanner();
  },
};
