"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";

export interface LoginState {
  error: string;
  username: string;
}

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
      {pending ? "正在登录…" : "登录"}
    </button>
  );
}

/**
 * A real POST form: it signs in without JavaScript too (the action answers with the page),
 * and with JavaScript the same action runs without a reload.
 */
export function LoginForm({ action, callbackUrl, initialError }: { action: (prev: LoginState, form: FormData) => Promise<LoginState>; callbackUrl: string; initialError?: string }) {
  const [state, formAction] = useActionState(action, { error: initialError ?? "", username: "" });
  return (
    <form action={formAction} method="post" className="grid gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="grid gap-1">
        <label htmlFor="username" className="font-medium">用户名</label>
        <input id="username" name="username" autoComplete="username" required defaultValue={state.username} key={state.username} className="rounded border border-slate-400 px-3 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="password" className="font-medium">密码</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="rounded border border-slate-400 px-3 py-2" />
      </div>
      <p role="alert" aria-live="assertive" className="min-h-6 text-accent">{state.error}</p>
      <Submit />
    </form>
  );
}
