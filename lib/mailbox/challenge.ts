// A self-hosted challenge: a simple arithmetic question written in Chinese words. It is text,
// so a screen reader reads it aloud like any label (the accessible alternative to a picture
// puzzle), and it needs no outside service. The answer travels signed and with an expiry, so
// the server keeps no state; the rate limit bounds how often a client may try.
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const TTL_MS = 60 * 60_000;

export interface Challenge {
  question: string;
  token: string;
}

function sign(payload: string): string {
  const s = process.env.MAILBOX_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!s) throw new Error("NEXTAUTH_SECRET (or MAILBOX_SECRET) is not set");
  return createHmac("sha256", s).update(`mailbox-challenge:${payload}`).digest("base64url");
}

export function newChallenge(now = Date.now()): Challenge {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const plus = randomInt(0, 2) === 0 || a < b;
  const answer = plus ? a + b : a - b;
  const question = `${DIGITS[a]}${plus ? "加" : "减"}${DIGITS[b]}等于几？（请填写阿拉伯数字）`;
  const payload = `${now + TTL_MS}.${randomInt(0, 2 ** 40)}`;
  return { question, token: `${payload}.${sign(`${payload}.${answer}`)}` };
}

/** True when the answer matches the signed question and it has not expired. */
export function checkChallenge(token: string, answer: string, now = Date.now()): boolean {
  const parts = token.split(".");
  if (parts.length !== 3) return false;
  const [expires, nonce, mac] = parts as [string, string, string];
  if (!(Number(expires) > now)) return false;
  const given = answer.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d{1,2}$/.test(given)) return false;
  const expected = Buffer.from(sign(`${expires}.${nonce}.${Number(given)}`));
  const actual = Buffer.from(mac);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
