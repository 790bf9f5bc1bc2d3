"use client";

import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded border border-white/60 px-3 py-1 hover:bg-white/15">
      退出登录
    </button>
  );
}
