"use server";

import { redirect } from "next/navigation";
import type { LoginState } from "@/components/staff/login-form";
import { verifyLogin } from "@/lib/auth/login";
import { PASSWORD_PAGE } from "@/lib/auth/session";
import { issueSession } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { requestClientIp } from "@/lib/security/client-ip";
import { safeSameSitePath } from "@/lib/security/safe-url";

/**
 * The login form's action: a POST, with or without JavaScript, so the password never lands in
 * a URL. The same check as next-auth's credentials provider (lib/auth/options.ts), and the
 * session it issues is a next-auth session token.
 */
export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const username = String(form.get("username") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const returnTo = safeSameSitePath(form.get("callbackUrl")) ?? "/staff";
  if (!username || !password) return { error: "请输入用户名和密码。", username };
  let result;
  try {
    result = await verifyLogin(getDb(), username, password, await requestClientIp());
  } catch (err) {
    return { error: userMessageOf(err), username };
  }
  if (!result.ok) return { error: result.message, username };
  await issueSession(result.actor, result.sessionVersion);
  redirect(result.passwordChange ? PASSWORD_PAGE : returnTo);
}
