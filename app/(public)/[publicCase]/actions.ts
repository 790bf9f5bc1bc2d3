"use server";

// The public entries' server actions: a real <form method="post"> posts here with or without
// JavaScript. The definition is named by the form; only definitions with a public block answer.
import { getDb } from "@/lib/db/client";
import { AppError, userMessageOf } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import { newChallenge } from "@/lib/form-engine/public/challenge";
import type { LookupState, StartState } from "@/lib/form-engine/public/entry-state";
import { text, valuesOf } from "@/lib/form-engine/public/form-data";
import { citizenAct, lookUpCase } from "@/lib/form-engine/public/lookup";
import { formatQueryCode } from "@/lib/form-engine/public/query-code";
import { publicDefinition, startFields } from "@/lib/form-engine/public/registry";
import { startPublicCase } from "@/lib/form-engine/public/start";
import { REFUSED } from "@/lib/form-engine/public/messages";
import { formatDateTime } from "@/lib/format";
import { requestClientIp } from "@/lib/security/client-ip";

async function clientAddress(): Promise<string> {
  return (await requestClientIp()) ?? "unknown";
}

export async function startCaseAction(prev: StartState, form: FormData): Promise<StartState> {
  const n = (prev.status === "form" ? prev.n : 0) + 1;
  const def = publicDefinition(text(form, "formKey", 100));
  const idempotencyKey = text(form, "idempotencyKey", 100);
  if (!def) return { status: "form", n, values: {}, idempotencyKey, challenge: newChallenge(), message: REFUSED };
  const values = valuesOf(form, startFields(def));
  const challenge = def.public.protect.challenge ? newChallenge() : null;
  // 换一题: the same form with a new question.
  if (form.get("intent") === "refresh") return { status: "form", n, values, idempotencyKey, challenge };
  try {
    const r = await startPublicCase(getDb(), def, {
      data: values, idempotencyKey, challengeToken: text(form, "challengeToken", 300), challengeAnswer: text(form, "challengeAnswer", 10),
      honeypot: text(form, "website"), client: await clientAddress(),
    });
    return { status: "done", queryCode: formatQueryCode(r.queryCode) };
  } catch (err) {
    // A question is answered once: every refusal comes with a new one.
    if (err instanceof FieldErrors) return { status: "form", n, values, idempotencyKey, challenge, message: err.userMessage, fieldErrors: err.fields };
    return { status: "form", n, values, idempotencyKey, challenge, message: userMessageOf(err) };
  }
}

export async function lookupCaseAction(prev: LookupState, form: FormData): Promise<LookupState> {
  const n = prev.n + 1;
  const code = text(form, "code", 40);
  const factor = text(form, "factor", 20);
  const def = publicDefinition(text(form, "formKey", 100));
  if (!def) return { n, code, factor, message: REFUSED };
  const db = getDb();
  const client = await clientAddress();
  let done: string | undefined;
  let fieldErrors: Record<string, string> | undefined;
  let message: string | undefined;
  try {
    const actionKey = text(form, "action", 100);
    if (form.get("intent") === "act" && actionKey) {
      const action = def.actions.find((a) => a.key === actionKey);
      try {
        await citizenAct(db, def, {
          code, factor, client, action: actionKey, version: Number(text(form, "version", 12)) || null,
          data: valuesOf(form, def.fields.filter((f) => action?.edits?.includes(f.key))), opinion: text(form, "opinion", 1000) || null,
        });
        done = action?.label;
      } catch (err) {
        // The case stays on the page with the refusal; only a failed lookup hides it.
        if (err instanceof AppError && err.code === "not_matched") throw err;
        if (err instanceof FieldErrors) fieldErrors = err.fields;
        message = userMessageOf(err);
      }
    }
    const v = await lookUpCase(db, def, { code, factor, client });
    const view = { ...v, receivedAt: formatDateTime(v.receivedAt), events: v.events.map((e) => ({ label: e.label, at: formatDateTime(e.at) })) };
    return { n, code, factor, done, message, fieldErrors, view };
  } catch (err) {
    return { n, code, factor, message: userMessageOf(err) };
  }
}
