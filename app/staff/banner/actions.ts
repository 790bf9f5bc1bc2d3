"use server";

import { requestClientIp } from "@/lib/security/client-ip";
import { requireActor } from "@/lib/auth/session";
import { switchBanner } from "@/lib/content/banner";
import { revalidateBanner } from "@/lib/content/revalidate";
import { userMessageOf } from "@/lib/errors";

export interface BannerFormState {
  ok: boolean;
  message: string;
  /** What the user typed, so that a rejected submission loses nothing. */
  values: { active: boolean; message: string; linkUrl: string };
}

export async function saveBanner(_prev: BannerFormState, form: FormData): Promise<BannerFormState> {
  const values = { active: form.get("active") === "on", message: String(form.get("message") ?? ""), linkUrl: String(form.get("linkUrl") ?? "") };
  const actor = await requireActor("/staff/banner");
  try {
    const ip = await requestClientIp();
    await switchBanner(actor, values, ip);
  } catch (err) {
    return { ok: false, message: userMessageOf(err), values };
  }
  revalidateBanner();
  return { ok: true, message: values.active ? "紧急公告已开启，全站公开页面即时显示。" : "紧急公告已关闭。", values };
}
