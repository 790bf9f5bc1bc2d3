import crypto from "node:crypto";

export interface AuditFields {
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string | null;
  detail: unknown;
  ip: string | null;
}

/** Stable JSON: keys sorted, so that the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** Each event's hash covers the previous event's hash: a chain that shows any tampering. */
export function chainHash(prevHash: string | null, fields: AuditFields): string {
  return crypto.createHash("sha256").update(prevHash ?? "").update("\n").update(canonicalJson(fields)).digest("hex");
}
