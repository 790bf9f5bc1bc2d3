"use server";

import { changeOwnPassword } from "@/lib/auth/accounts";
import { runAction, type ActionState } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";

export async function changePasswordAction(form: FormData): Promise<ActionState> {
  return runAction("/staff", async (db, actor) => {
    const next = String(form.get("next") ?? "");
    if (next !== String(form.get("confirm") ?? "")) throw new AppError("confirm", "两次输入的新密码不一致。");
    await changeOwnPassword(db, actor, String(form.get("current") ?? ""), next);
    return "密码已修改。";
  });
}
