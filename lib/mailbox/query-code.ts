// The query code a citizen gets for a letter: 12 characters from an alphabet without the
// look-alikes 0/O/1/l/I, easy to read aloud and print. It is derived from the submission's
// idempotency key with a server secret, so a resend of the same submission shows the same
// code, while nobody without the secret can compute one. Only its hash is stored.
import { createHash, createHmac } from "node:crypto";

export const QUERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // 31 symbols, ~59 bits for 12
export const QUERY_CODE_LENGTH = 12;

function secret(): string {
  const s = process.env.MAILBOX_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!s) throw new Error("NEXTAUTH_SECRET (or MAILBOX_SECRET) is not set");
  return s;
}

export function queryCodeFor(idempotencyKey: string): string {
  const bytes = createHmac("sha256", secret()).update(`mailbox-query-code:${idempotencyKey}`).digest();
  let out = "";
  // 32 bytes, one symbol per byte: the modulo bias (256 % 31 = 8) costs a fraction of a bit.
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) out += QUERY_CODE_ALPHABET[bytes[i]! % QUERY_CODE_ALPHABET.length];
  return out;
}

/** Accepts what a citizen types: any case, spaces and dashes between groups. */
export function normalizeQueryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function hashQueryCode(code: string): string {
  return createHash("sha256").update(normalizeQueryCode(code)).digest("hex");
}

/** "ABCD-EFGH-JKMN": groups of four for reading aloud and printing. */
export function formatQueryCode(code: string): string {
  return code.match(/.{1,4}/g)!.join("-");
}

export const phoneLast4 = (phone: string) => phone.replace(/\D/g, "").slice(-4);
