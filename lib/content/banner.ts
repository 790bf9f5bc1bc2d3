import { z } from "zod";
import { can } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/login";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Who may switch the Art. 7 emergency banner (the permission table in lib/auth/can.ts decides). */
export function canSwitchBanner(actor: Pick<Actor, "roles"> | null): boolean {
  return can(actor, "banner.switch");
}

export const bannerInputSchema = z.object({
  active: z.boolean(),
  message: z.string().trim().max(200, "公告内容不能超过200字"),
  linkUrl: z
    .string()
    .trim()
    .max(500)
    .refine((u) => u === "" || /^(https?:\/\/|\/(?!\/))/.test(u), "链接须以 http(s):// 或 / 开头")
    .transform((u) => u || null),
}).refine((b) => !b.active || b.message.length > 0, { message: "开启紧急公告时必须填写公告内容", path: ["message"] });

export type BannerInput = z.input<typeof bannerInputSchema>;

export function readBanner() {
  return getDb().siteBanner.findUnique({ where: { id: "emergency" } });
}

/** Switches the banner and records who did it, in one transaction. The caller revalidates. */
export async function switchBanner(actor: Actor, input: BannerInput, ip?: string | null): Promise<void> {
  if (!canSwitchBanner(actor)) throw new AppError("forbidden", "只有信息统计科、宣传科的审定人可以切换紧急公告。");
  const parsed = bannerInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", parsed.error.issues[0]?.message ?? "输入有误");
  const data = { ...parsed.data, updatedById: actor.id };
  await getDb().$transaction(async (tx) => {
    await tx.siteBanner.upsert({ where: { id: "emergency" }, create: { id: "emergency", ...data }, update: data });
    await recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.displayName,
      action: data.active ? "banner.on" : "banner.off",
      objectType: "site_banner",
      objectId: "emergency",
      detail: { message: data.message, linkUrl: data.linkUrl },
      ip,
    });
  });
}
