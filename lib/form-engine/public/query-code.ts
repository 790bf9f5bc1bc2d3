// The query code a citizen gets for a case: 12 characters from an alphabet without the
// look-alikes 0/O/1/l/I, easy to read aloud and print. It is derived from the submission's
// idempotency key with a server secret, so a resend of the same submission shows the same
// code, while nobody without the secret can compute one. Only its hash is stored, and the
// second factor only as a hash salted with it.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { publicSecret } from "./secret";

export const QUERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // 31 symbols, ~59 bits for 12
export const QUERY_CODE_LENGTH = 12;

export function queryCodeFor(idempotencyKey: string): string {
  // The domain string predates the engine (codes of letters sent before stay the same on a resend).
  const bytes = createHmac("sha256", publicSecret()).update(`mailbox-query-code:${idempotencyKey}`).digest();
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

/** The last `digits` digits of a value (a phone number), or null when it has fewer. */
export function lastDigits(value: unknown, digits: number): string | null {
  const d = String(value ?? "").replace(/\D/g, "");
  return d.length >= digits ? d.slice(-digits) : null;
}

/** The stored form of the second factor; the migration of mailbox_letters computes the same in SQL. */
export function hashFactor(queryCodeHash: string, factor: string): string {
  return createHash("sha256").update(`${queryCodeHash}:${factor}`).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
