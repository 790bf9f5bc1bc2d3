import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { clientIpFrom } from "@/lib/security/client-ip";
import { getPolicy } from "@/lib/security/policy";
import { touchToken } from "./idle";
import { verifyLogin, type Actor } from "./login";

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? clientIpFrom(forwarded) : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "科室账号",
      credentials: {
        username: { label: "用户名", type: "text" },
        password: { label: "密码", type: "password" },
      },
      async authorize(credentials, req) {
        let result;
        try {
          result = await verifyLogin(getDb(), credentials?.username ?? "", credentials?.password ?? "", clientIp(req?.headers));
        } catch (err) {
          throw new Error(userMessageOf(err));
        }
        // next-auth hands a thrown message to the login page as `error`.
        if (!result.ok) throw new Error(result.message);
        return { ...result.actor, name: result.actor.displayName };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const { id, username, displayName, sectionId, sectionName, roles } = user as unknown as Actor;
        return { ...token, actor: { id, username, displayName, sectionId, sectionName, roles }, lastSeen: Date.now() };
      }
      if (!token.actor) return token;
      // Idle logout (policy, effective at once): see lib/auth/idle.ts.
      return touchToken(token, Date.now(), (await getPolicy(getDb())).idleTimeoutMinutes);
    },
    session({ session, token }) {
      session.actor = token.actor;
      return session;
    },
  },
};
