"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/auth/action";

const field = "rounded border border-slate-400 px-3 py-2";

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark disabled:opacity-60">
      {pending ? "正在提交…" : "修改密码"}
    </button>
  );
}

/** 修改密码 as a real POST form: works without JavaScript, and no password ever goes into a URL. */
export function PasswordForm({ action }: { action: (prev: ActionState | null, form: FormData) => Promise<ActionState> }) {
  const [state, formAction] = useActionState(action, null);
  return (
    // A new key after each answer empties the password fields (nothing to keep in them).
    <form action={formAction} method="post" className="grid gap-3" key={state?.message ?? ""}>
      <label className="grid gap-1">当前密码<input name="current" type="password" autoComplete="current-password" required className={field} /></label>
      <label className="grid gap-1">新密码<input name="next" type="password" autoComplete="new-password" required className={field} /></label>
      <label className="grid gap-1">确认新密码<input name="confirm" type="password" autoComplete="new-password" required className={field} /></label>
      <div className="flex flex-wrap items-center gap-3">
        <Submit />
        {state && (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-700" : "text-accent"}>
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
