import fs from "node:fs";
import path from "node:path";

// The list ships with the project (lib/security/common-passwords.txt, made by
// scripts/generate-common-passwords.ts); read once, on the first password that is checked.
let list: Set<string> | null = null;

function commonPasswords(): Set<string> {
  if (!list) {
    const text = fs.readFileSync(path.join(process.cwd(), "lib", "security", "common-passwords.txt"), "utf8");
    list = new Set(text.split("\n").filter((line) => line && !line.startsWith("#")));
  }
  return list;
}

/** Whether a password is on the shipped list of common passwords, in any letter case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
