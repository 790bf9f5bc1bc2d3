"use server";

import { changeOwnPassword } from "@/lib/auth/accounts";
import { runAction, type ActionState } from "@/lib/auth/action";
import { issueSession } from "@/lib/auth/session-token";
import { AppError } from "@/lib/errors";
import { requestClientIp } from "@/lib/security/client-ip";

/**
 * The password change form's action (a POST, with or without JavaScript). The change ends
 * every session of the account; this browser gets a fresh one so that it stays signed in.
 */
export async function changePasswordAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  return runAction("/staff", async (db, actor) => {
    const next = String(form.get("next") ?? "");
    if (next !== String(form.get("confirm") ?? "")) throw new AppError("confirm", "两次输入的新密码不一致。");
    const sessionVersion = await changeOwnPassword(db, actor, String(form.get("current") ?? ""), next, await requestClientIp());
    await issueSession(actor, sessionVersion);
    return "密码已修改。";
  });
}
