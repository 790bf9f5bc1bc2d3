// The audit key anchors the hash chain outside PostgreSQL (issue 15 item 8): every event
// carries an HMAC of its hash made with a key the database never sees, so that someone who
// can rewrite rows (even a superuser) cannot re-chain them without being found.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where the key lives when AUDIT_KEY is not set: AUDIT_KEY_FILE, else audit.key in the data folder (.data). */
export function auditKeyFile(): string {
  return path.resolve(process.env.AUDIT_KEY_FILE || path.join(process.env.PORTAL_DATA_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data"), "audit.key"));
}

let cached: { source: string; key: Buffer } | null = null;

/**
 * The key: AUDIT_KEY (at least 32 characters), or the key file, created with 32 random bytes
 * (mode 0600) at first use.
 */
export function auditKey(): Buffer {
  const fromEnv = process.env.AUDIT_KEY;
  const source = fromEnv ? "env" : auditKeyFile();
  if (cached?.source === source) return cached.key;
  let key: Buffer;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("AUDIT_KEY must be at least 32 characters.");
    key = Buffer.from(fromEnv, "utf8");
  } else {
    const file = source;
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      try {
        fs.writeFileSync(file, crypto.randomBytes(32).toString("hex") + "\n", { mode: 0o600, flag: "wx" });
      } catch (err) {
        // Another process created it first; read theirs.
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
    }
    key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "utf8");
    if (key.length < 32) throw new Error(`The audit key in ${file} is too short.`);
  }
  cached = { source, key };
  return key;
}

export function hmac(message: string): string {
  return crypto.createHmac("sha256", auditKey()).update(message).digest("hex");
}

/** The MAC stored with an event: over its chain hash, which covers its fields and its predecessor. */
export const eventMac = (hash: string) => hmac(`event:${hash}`);

export function macEquals(a: string | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
