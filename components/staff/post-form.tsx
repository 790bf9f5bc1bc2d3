"use client";

import { useActionState, useEffect, useRef, useTransition } from "react";
import type { ActionState } from "@/lib/auth/action";

export type FormAction = (previous: ActionState | null, form: FormData) => Promise<ActionState>;

/**
 * A form that really posts (`<form method="post">` to a server action), so that it works
 * before or without JavaScript and never puts a field (a password) in the URL. With
 * JavaScript it submits in place and keeps what was typed when the server refuses it.
 */
export function PostForm({
  action,
  submitLabel,
  children,
  className = "grid gap-3",
  resetOnSuccess = false,
  testId,
}: {
  action: FormAction;
  submitLabel: string;
  children?: React.ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [, start] = useTransition();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) ref.current?.reset();
  }, [state, resetOnSuccess]);
  return (
    <form action={formAction} method="post"
      ref={ref}
      data-testid={testId}
      className={className}
      onSubmit={(e) => {
        // Dispatched by hand: React's own form submission would clear the fields even on a refusal.
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        start(() => formAction(data));
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
