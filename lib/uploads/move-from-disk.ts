// The data migration that goes with 20261128070000_uploads_in_database: files an older version
// kept on one instance's disk (.data/uploads) move into the `uploads` table, so that every
// instance serves them. Run by `npm start`, `npm run db:migrate` and `npm run serve:cluster`
// after the schema migrations; SQL alone cannot read the application's disk.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { STORED_NAME, mimeOfStored } from "@/lib/form-engine/uploads";

/**
 * Copies every stored file of `dir` into the table (a file already there is kept as it is),
 * then renames the folder to `<dir>.moved-to-database[-n]` so that it is not read again and
 * nothing is deleted. Returns how many files were moved; a missing folder moves none.
 */
export async function moveUploadsFromDisk(url: string, dir: string): Promise<number> {
  if (!fs.existsSync(dir)) return 0;
  const names = fs.readdirSync(dir).filter((n) => STORED_NAME.test(n) && mimeOfStored(n));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const name of names) {
      const bytes = fs.readFileSync(path.join(dir, name));
      await client.query(
        `INSERT INTO uploads (name, mime, size, bytes, "uploaderId", "createdAt") VALUES ($1, $2, $3, $4, NULL, $5) ON CONFLICT (name) DO NOTHING`,
        [name, mimeOfStored(name), bytes.length, bytes, fs.statSync(path.join(dir, name)).mtime],
      );
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    await client.end();
  }
  let target = `${dir}.moved-to-database`;
  for (let n = 2; fs.existsSync(target); n++) target = `${dir}.moved-to-database-${n}`;
  fs.renameSync(dir, target);
  return names.length;
}
