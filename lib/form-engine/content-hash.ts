import { createHash } from "node:crypto";

/** JSON with sorted keys, so the same content always hashes the same. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v ?? null);
}

/** The hash of the content a signer saw and signed (stored with each event). */
export const contentHash = (data: unknown) => createHash("sha256").update(canonicalJson(data)).digest("hex");
