"use server";

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./options";
import { revokeSessions } from "./revoke";
import { clearSessionCookie } from "./session-token";

/**
 * 退出登录: ends every session of the account (a copied token is refused from now on, see
 * lib/auth/session.ts), clears this browser's cookie and goes to the login page. A form
 * action, so it works without JavaScript.
 */
export async function signOutAction(): Promise<void> {
  const session = await getServerSession(authOptions);
  if (session?.actor) await revokeSessions(getDb(), session.actor.id);
  await clearSessionCookie();
  redirect("/login");
}
