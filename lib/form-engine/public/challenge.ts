// A self-hosted challenge: a simple arithmetic question written in Chinese words. It is text,
// so a screen reader reads it aloud like any label (the accessible alternative to a picture
// puzzle), and it needs no outside service. The token is signed and expires within minutes;
// it is accepted for ONE submission: the first check records its nonce with the submission's
// idempotency key, so a replay for another case fails while a resend of the same one passes.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { publicSecret } from "./secret";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
export const CHALLENGE_TTL_MS = 10 * 60_000;

export interface Challenge {
  question: string;
  token: string;
}

function sign(payload: string): string {
  return createHmac("sha256", publicSecret()).update(`public-challenge:${payload}`).digest("base64url");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function newChallenge(now = Date.now()): Challenge {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const plus = randomInt(0, 2) === 0 || a < b;
  const answer = plus ? a + b : a - b;
  const question = `${DIGITS[a]}${plus ? "加" : "减"}${DIGITS[b]}等于几？（请填写阿拉伯数字）`;
  const head = `${now + CHALLENGE_TTL_MS}.${randomBytes(12).toString("base64url")}`;
  // Two signatures: one proves the token is ours (so only real tokens are recorded as used),
  // the other binds the answer.
  return { question, token: `${head}.${sign(`token:${head}`)}.${sign(`answer:${head}.${answer}`)}` };
}

export type ChallengeResult = "ok" | "wrong" | "used" | "expired";

function parse(token: string, now: number): { expires: number; nonce: string; answerMac: string } | null {
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [expires, nonce, tokenMac, answerMac] = parts as [string, string, string, string];
  if (!same(sign(`token:${expires}.${nonce}`), tokenMac)) return null;
  if (!(Number(expires) > now)) return null;
  return { expires: Number(expires), nonce, answerMac };
}

/**
 * Checks the answer and uses up the token, right or wrong: one token, one try. A resend of the
 * same submission (same idempotency key) may present its token again.
 */
export async function spendChallenge(db: Db, token: string, answer: string, idempotencyKey: string, now = Date.now()): Promise<ChallengeResult> {
  const t = parse(token, now);
  if (!t) return "expired";
  const inserted = await db.$executeRaw`INSERT INTO public_challenge_uses (nonce, "idempotencyKey", "expiresAt")
    VALUES (${t.nonce}, ${idempotencyKey}, ${new Date(t.expires)}) ON CONFLICT (nonce) DO NOTHING`;
  if (inserted === 0) {
    const row = await db.publicChallengeUse.findUnique({ where: { nonce: t.nonce }, select: { idempotencyKey: true } });
    if (row?.idempotencyKey !== idempotencyKey) return "used";
  } else if (Math.random() < 0.05) {
    // Expired rows prove nothing any more; sweep them now and then.
    await db.publicChallengeUse.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  }
  const given = answer.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d{1,2}$/.test(given)) return "wrong";
  return same(sign(`answer:${t.expires}.${t.nonce}.${Number(given)}`), t.answerMac) ? "ok" : "wrong";
}
