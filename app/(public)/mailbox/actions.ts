"use server";

import { requestClientIp } from "@/lib/security/client-ip";
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import { newChallenge, type Challenge } from "@/lib/mailbox/challenge";
import { lookUpLetter } from "@/lib/mailbox/query";
import { formatQueryCode } from "@/lib/mailbox/query-code";
import { submitLetter } from "@/lib/mailbox/submit";
import { formatDateTime } from "@/lib/format";

async function clientAddress(): Promise<string> {
  return (await requestClientIp()) ?? "unknown";
}

export async function getChallenge(): Promise<Challenge> {
  return newChallenge();
}

export type SendOutcome =
  | { ok: true; queryCode: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; challenge: Challenge };

export async function sendLetter(input: { data: Record<string, unknown>; idempotencyKey: string; challengeToken: string; challengeAnswer: string; website: string }): Promise<SendOutcome> {
  try {
    const r = await submitLetter(getDb(), {
      data: input.data, idempotencyKey: String(input.idempotencyKey ?? ""), challengeToken: String(input.challengeToken ?? ""),
      challengeAnswer: String(input.challengeAnswer ?? ""), honeypot: String(input.website ?? ""), client: await clientAddress(),
    });
    return { ok: true, queryCode: formatQueryCode(r.queryCode) };
  } catch (err) {
    // A question is answered once: every refusal comes with a new one.
    if (err instanceof FieldErrors) return { ok: false, message: err.userMessage, fieldErrors: err.fields, challenge: newChallenge() };
    return { ok: false, message: userMessageOf(err), challenge: newChallenge() };
  }
}

export type QueryOutcome =
  | { ok: true; letter: { subject: string; box: string; state: string; receivedAt: string; declineReason: string | null; reply: { content: string; dept: string; at: string } | null } }
  | { ok: false; message: string };

export async function queryLetter(input: { code: string; last4: string }): Promise<QueryOutcome> {
  try {
    const v = await lookUpLetter(getDb(), { code: String(input.code ?? ""), last4: String(input.last4 ?? ""), client: await clientAddress() });
    return { ok: true, letter: { ...v, receivedAt: formatDateTime(v.receivedAt), reply: v.reply && { ...v.reply, at: formatDateTime(v.reply.at) } } };
  } catch (err) {
    return { ok: false, message: userMessageOf(err) };
  }
}
