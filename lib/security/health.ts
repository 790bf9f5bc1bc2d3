import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";

/** Migration folders shipped with the code (prisma/migrations/<name>/migration.sql). */
export function migrationFolders(dir = path.join(process.cwd(), "prisma", "migrations")): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** Which shipped migrations the database has not applied (finished) yet. */
export async function migrationStatus(db: Db, dir?: string): Promise<{ applied: string[]; pending: string[] }> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = rows.map((r) => r.migration_name);
  const pending = migrationFolders(dir).filter((m) => !applied.includes(m));
  return { applied, pending };
}
