import type { Actor } from "@/lib/auth/login";

declare module "next-auth" {
  interface Session {
    actor?: Actor;
    /** The account's session version when this session began (lib/auth/session-token.ts). */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    actor?: Actor;
    sv?: number;
    /** Epoch ms of the last request that used the session (idle logout). */
    lastSeen?: number;
    idleExpired?: boolean;
  }
}
