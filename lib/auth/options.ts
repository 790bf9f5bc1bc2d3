import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/security/client-ip";
import { safeSameSitePath } from "@/lib/security/safe-url";
import { getPolicy } from "@/lib/security/policy";
import { touchToken } from "./idle";
import { revokeSessions } from "./revoke";
import { SESSION_MAX_AGE_SECONDS, sessionToken } from "./session-token";
import { verifyLogin, type Actor } from "./login";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
          result = await verifyLogin(getDb(), credentials?.username ?? "", credentials?.password ?? "", clientIpFromHeaders(req?.headers));
        } catch (err) {
          throw new Error(userMessageOf(err));
        }
        // next-auth hands a thrown message to the login page as `error`.
        if (!result.ok) throw new Error(result.message);
        return { ...result.actor, name: result.actor.displayName, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const { id, username, displayName, sectionId, sectionName, roles, sessionVersion } = user as unknown as Actor & { sessionVersion: number };
        return { ...token, ...sessionToken({ id, username, displayName, sectionId, sectionName, roles }, sessionVersion) };
      }
      if (!token.actor) return token;
      // Idle logout (policy, effective at once): see lib/auth/idle.ts.
      return touchToken(token, Date.now(), (await getPolicy(getDb())).idleTimeoutMinutes);
    },
    session({ session, token }) {
      session.actor = token.actor;
      session.sessionVersion = token.sv;
      return session;
    },
    // Only back to this site, whatever callbackUrl asked for (issue 15, item 6).
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeSameSitePath(path) ?? "/staff"}`;
    },
  },
  events: {
    // Signing out through next-auth's own endpoint ends every session of the account too.
    async signOut({ token }) {
      if (token?.actor?.id) await revokeSessions(getDb(), token.actor.id);
    },
  },
};
