"use client";

import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/auth/action";

/**
 * A form posting to a server action and showing its Chinese answer. Submitted with
 * preventDefault, so that the fields keep what was typed when the server refuses it.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className = "grid gap-3",
  resetOnSuccess = false,
}: {
  action: (form: FormData) => Promise<ActionState>;
  submitLabel: string;
  children?: React.ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
}) {
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        start(async () => {
          const result = await action(data).catch(() => ({ ok: false, message: "网络连接失败，请稍后再试。" }));
          setState(result);
          if (result.ok && resetOnSuccess) form.reset();
        });
      }}
    >
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? "正在提交…" : submitLabel}
        </button>
        {state && (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-700" : "text-accent"}>
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
