"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState(initialError ?? "");
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError("请输入用户名和密码。");
      return;
    }
    setPending(true);
    setError("");
    try {
      const res = await signIn("credentials", { username, password, redirect: false });
      if (res?.ok && !res.error) {
        window.location.assign(callbackUrl);
        return;
      }
      setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "用户名或密码错误，请重新输入。");
    } catch {
      setError("网络连接失败，请稍后再试。");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <div className="grid gap-1">
        <label htmlFor="username" className="font-medium">用户名</label>
        <input id="username" name="username" autoComplete="username" required className="rounded border border-slate-400 px-3 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="password" className="font-medium">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="rounded border border-slate-400 px-3 py-2" />
      </div>
      <p role="alert" aria-live="assertive" className="min-h-6 text-accent">{error}</p>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
