"use server";

import { createAccount, resetPassword, setAccountDisabled, transferPublisher, unlockAccount } from "@/lib/auth/accounts";
import { runAction, type ActionState } from "@/lib/auth/action";
import type { Role } from "@/lib/generated/prisma/enums";

const PATH = "/staff/admin";
const str = (form: FormData, key: string) => String(form.get(key) ?? "");

export async function createAccountAction(form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    await createAccount(db, actor, {
      username: str(form, "username"),
      displayName: str(form, "displayName"),
      sectionId: str(form, "sectionId"),
      roles: form.getAll("roles").map(String) as Role[],
      tempPassword: str(form, "tempPassword"),
    });
    return `账号 ${str(form, "username")} 已创建，首次登录须修改临时密码。`;
  });
}

export async function setDisabledAction(form: FormData): Promise<ActionState> {
  const disabled = str(form, "disabled") === "true";
  return runAction(PATH, async (db, actor) => {
    await setAccountDisabled(db, actor, str(form, "accountId"), disabled);
    return disabled ? "账号已停用。" : "账号已启用。";
  });
}

export async function resetPasswordAction(form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    await resetPassword(db, actor, str(form, "accountId"), str(form, "tempPassword"));
    return "已重置为临时密码，并解除锁定；该账号下次登录须修改密码。";
  });
}

export async function unlockAction(form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    await unlockAccount(db, actor, str(form, "accountId"));
    return "账号已解锁。";
  });
}

export async function transferPublisherAction(form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    await transferPublisher(db, actor, str(form, "accountId"), str(form, "toId"));
    return "发布账号已移交。";
  });
}
