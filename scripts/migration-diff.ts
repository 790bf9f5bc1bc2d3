// `npm run db:diff -- <name>`: writes a new migration from the change to prisma/schema.prisma.
// The "before" schema is the one committed with the latest migration; `prisma migrate diff`
// between two datamodels works offline, where `migrate dev` does not (DESIGN §6).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "./lib/database";
import { ROOT, bin } from "./lib/paths";

const name = process.argv[2]?.replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(2);
}
const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
const lastMigrationCommit = git("log", "-1", "--format=%H", "--", "prisma/migrations").trim();
const before = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "before.prisma");
fs.writeFileSync(before, git("show", `${lastMigrationCommit}:prisma/schema.prisma`));

const db = await openDatabase();
try {
  const sql = execFileSync(bin("prisma"), ["migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: db.ownerUrl },
  });
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("No schema change since the latest migration.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(ROOT, "prisma", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql. Review it and add any hand-written SQL (triggers, checks) the schema cannot express.`);
  }
} finally {
  await db.stop();
}
