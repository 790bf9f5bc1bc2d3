"use client";

import { signOut } from "next-auth/react";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

const PING_EVERY_MS = 60_000;

/**
 * Idle logout, client half. Activity (navigation, keys, clicks) refreshes the session's
 * lastSeen at most once a minute through /api/auth/session (the jwt callback moves it); with
 * no activity for the policy's minutes the page signs out. The server refuses an idle
 * session on its own (lib/auth/idle.ts), this only makes it visible.
 */
export function SessionKeepAlive({ idleMinutes }: { idleMinutes: number }) {
  const pathname = usePathname();
  const lastPing = useRef(0);
  const lastActivity = useRef(0);

  useEffect(() => {
    const activity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastPing.current < PING_EVERY_MS) return;
      lastPing.current = now;
      void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
    };
    activity();
    const events = ["keydown", "pointerdown", "scroll"] as const;
    for (const e of events) window.addEventListener(e, activity, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current > idleMinutes * 60_000) {
        window.clearInterval(timer);
        void signOut({ callbackUrl: "/login?idle=1" });
      }
    }, 30_000);
    return () => {
      for (const e of events) window.removeEventListener(e, activity);
      window.clearInterval(timer);
    };
  }, [pathname, idleMinutes]);

  return null;
}
