// A citizen's letter: the abuse checks, then the engine's one transition path (提交 by the
// public party). The idempotency key claims its row first, under a unique index, so two
// concurrent sends of one submission create one letter and both answer with the same code.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FieldErrors } from "@/lib/form-engine/errors";
import { transition } from "@/lib/form-engine/transition";
import { MAILBOX_FORM_KEY } from "@/forms/mailbox-letter";
import { checkChallenge } from "./challenge";
import { gate } from "./gate";
import { hashQueryCode, phoneLast4, queryCodeFor } from "./query-code";
import { overLimit } from "./rate-limit";

export interface SubmitInput {
  data: unknown;
  /** Generated once per form in the browser; a resend carries the same key. */
  idempotencyKey: string;
  challengeToken: string;
  challengeAnswer: string;
  /** A field people never see; bots fill it in. */
  honeypot: string;
  /** Who counts against the rate limit: the client's address. */
  client: string;
}

export interface SubmitResult {
  queryCode: string;
  /** True when this was a resend of a submission already stored. */
  duplicate: boolean;
}

const KEY = /^[A-Za-z0-9-]{16,64}$/;
export const REFUSED = "提交未成功，请刷新页面后重新填写提交。";
export const TOO_MANY = "您提交得过于频繁，请一小时后再试。如有急事，请拨打局办公室电话。";
export const WRONG_ANSWER = "验证问题的答案不正确，请重新计算后填写（已为您换了一道题）。";

async function waitForFirst(db: Db, key: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const row = await db.mailboxLetter.findUnique({ where: { idempotencyKey: key }, select: { recordId: true } });
    if (!row) return false; // the first send failed and released its claim
    if (row.recordId) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const writing = gate(4);

export async function submitLetter(db: Db, input: SubmitInput): Promise<SubmitResult> {
  if (input.honeypot.trim() !== "" || !KEY.test(input.idempotencyKey)) throw new AppError("refused", REFUSED);
  // A resend queues behind its first send, and usually finds it stored when its turn comes.
  return writing(() => store(db, input));
}

async function store(db: Db, input: SubmitInput): Promise<SubmitResult> {
  const key = input.idempotencyKey;
  const queryCode = queryCodeFor(key);
  const stored = await db.mailboxLetter.findUnique({ where: { idempotencyKey: key }, select: { recordId: true } });
  if (stored?.recordId) return { queryCode, duplicate: true };

  if (await overLimit(db, "submit", input.client)) throw new AppError("rate_limited", TOO_MANY);
  if (!checkChallenge(input.challengeToken, input.challengeAnswer)) throw new FieldErrors({ challenge: WRONG_ANSWER });

  const phone = (input.data as Record<string, unknown> | null)?.phone;
  const claimed = await db.$executeRaw`INSERT INTO mailbox_letters (id, "idempotencyKey", "queryCodeHash", "phoneLast4")
    VALUES (${randomUUID()}, ${key}, ${hashQueryCode(queryCode)}, ${phoneLast4(typeof phone === "string" ? phone : "")})
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
  if (claimed === 0) {
    if (await waitForFirst(db, key)) return { queryCode, duplicate: true };
    throw new AppError("refused", REFUSED);
  }
  try {
    const r = await transition(db, null, { formKey: MAILBOX_FORM_KEY, action: "submit", data: input.data });
    await db.mailboxLetter.update({ where: { idempotencyKey: key }, data: { recordId: r.recordId } });
    return { queryCode, duplicate: false };
  } catch (err) {
    // Release the claim: the citizen corrects the form and sends the same submission again.
    await db.mailboxLetter.delete({ where: { idempotencyKey: key } }).catch(() => undefined);
    throw err;
  }
}
