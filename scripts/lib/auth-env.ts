import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./paths";

/**
 * next-auth needs a secret to sign session tokens. Unless one is given, a random one is made
 * on first start and kept in .data so that sessions survive a restart.
 */
export function authEnv(port = Number(process.env.PORT ?? 3000)): Record<string, string> {
  let secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    const file = path.join(DATA_DIR, "auth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(DATA_DIR, { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    secret = fs.readFileSync(file, "utf8").trim();
  }
  return { NEXTAUTH_SECRET: secret, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
}
