import type { Db } from "@/lib/db/client";
import { recordAuditNow } from "@/lib/audit/record";
import type { Role } from "@/lib/generated/prisma/enums";
import { DUMMY_HASH, verifyPassword } from "./password";

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  sectionId: string;
  sectionName: string;
  roles: Role[];
}

export type LoginResult = { ok: true; actor: Actor } | { ok: false; message: string };

// One message for an unknown user and a wrong password, so that neither reveals the other.
export const BAD_CREDENTIALS = "用户名或密码错误，请重新输入。";
export const ACCOUNT_DISABLED = "该账号已停用，请联系系统管理员。";

export async function verifyLogin(db: Db, username: string, password: string, ip: string | null = null): Promise<LoginResult> {
  const name = username.trim();
  const account = name
    ? await db.account.findUnique({ where: { username: name }, include: { section: { select: { name: true } } } })
    : null;
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  const audit = (action: string, detail: Record<string, string> = {}) =>
    recordAuditNow(db, { actorId: account?.id ?? null, actorName: name || "(空)", action, objectType: "account", objectId: account?.id ?? null, detail, ip });

  if (!account || !passwordOk) {
    await audit("login.failure", { reason: account ? "wrong_password" : "unknown_user" });
    return { ok: false, message: BAD_CREDENTIALS };
  }
  if (account.disabled) {
    await audit("login.failure", { reason: "disabled" });
    return { ok: false, message: ACCOUNT_DISABLED };
  }
  await db.account.update({ where: { id: account.id }, data: { lastLoginAt: new Date(), failedLogins: 0 } });
  await audit("login.success");
  return {
    ok: true,
    actor: { id: account.id, username: account.username, displayName: account.displayName, sectionId: account.sectionId, sectionName: account.section.name, roles: account.roles },
  };
}
