import type { Actor } from "@/lib/auth/login";

declare module "next-auth" {
  interface Session {
    actor?: Actor;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    actor?: Actor;
    /** Epoch ms of the last request that used the session (idle logout). */
    lastSeen?: number;
    idleExpired?: boolean;
  }
}
