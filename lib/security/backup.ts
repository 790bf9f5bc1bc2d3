// Backup and restore of the database and the uploaded files into one gzip archive
// (Art. 18). The bundled embedded PostgreSQL ships no pg_dump, so rows are copied as JSON
// by PostgreSQL itself (row_to_json / json_populate_recordset), which round-trips every
// column type exactly. Archive lines: "header\t<json>", "row\t<table>\t<json>",
// "file\t<relative path>\t<base64>".
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import pg from "pg";

export const ARCHIVE_FORMAT = "jywjj-portal-backup";
// Applied by `prisma migrate deploy` in the target; copying them would duplicate rows.
const SKIP_TABLES = new Set(["_prisma_migrations"]);

export interface BackupHeader {
  format: typeof ARCHIVE_FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
  files: number;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** Writes the database at `url` and the files under `uploadsDir` to `file`. */
export async function backup(url: string, uploadsDir: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.partial`;
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(tmp);
  gzip.pipe(out);
  const write = (line: string) => new Promise<void>((resolve) => (gzip.write(`${line}\n`) ? resolve() : gzip.once("drain", resolve)));
  try {
    // One snapshot: every table as of the same moment.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)).rows.map((r) => r.migration_name);
    const tables = (await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).rows
      .map((r) => r.tablename)
      .filter((t) => !SKIP_TABLES.has(t));
    const files = listFiles(uploadsDir);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await client.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    const header: BackupHeader = { format: ARCHIVE_FORMAT, version: 1, createdAt: new Date().toISOString(), migrations, tables: counts, files: files.length };
    await write(`header\t${JSON.stringify(header)}`);
    for (const t of tables) {
      const cursorName = `c_${t.replace(/\W/g, "_")}`;
      await client.query(`DECLARE ${cursorName} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM "${t}" t`);
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH 1000 FROM ${cursorName}`);
        if (rows.length === 0) break;
        for (const r of rows) await write(`row\t${t}\t${r.j}`);
      }
      await client.query(`CLOSE ${cursorName}`);
    }
    await client.query("COMMIT");
    for (const f of files) await write(`file\t${f}\t${fs.readFileSync(path.join(uploadsDir, f)).toString("base64")}`);
    await new Promise<void>((resolve, reject) => {
      out.on("finish", resolve).on("error", reject);
      gzip.end();
    });
    fs.renameSync(tmp, file);
    return header;
  } catch (err) {
    gzip.destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}

export class RestoreError extends Error {}

async function* lines(file: string): AsyncGenerator<string> {
  const rl = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}

/**
 * Restores an archive into the database at `url`, which must already be migrated (same
 * migrations) and hold no rows, and writes its files under `uploadsDir`, which must be empty.
 */
export async function restore(url: string, uploadsDir: string, file: string): Promise<BackupHeader> {
  if (!fs.existsSync(file)) throw new RestoreError(`备份文件不存在：${file}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let header: BackupHeader | null = null;
    const pending = new Map<string, string[]>();
    const columns = new Map<string, string>();
    const flush = async (table: string) => {
      const rows = pending.get(table);
      if (!rows?.length) return;
      if (!columns.has(table)) columns.set(table, await writableColumns(client, table));
      const cols = columns.get(table)!;
      await client.query(`INSERT INTO "${table}" (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [`[${rows.join(",")}]`]);
      pending.set(table, []);
    };
    await client.query("BEGIN");
    // Restored rows were checked when first written; foreign keys and triggers (both triggers
    // in PostgreSQL) stay off while the tables fill in any order. Needs a superuser.
    await client.query("SET LOCAL session_replication_role = replica");
    for await (const line of lines(file)) {
      const [kind, a, b] = splitLine(line);
      if (kind === "header") {
        header = JSON.parse(a) as BackupHeader;
        if (header.format !== ARCHIVE_FORMAT) throw new RestoreError("这不是门户网站的备份文件。");
        await checkTarget(client, header, uploadsDir);
      } else if (!header) {
        throw new RestoreError("备份文件已损坏：缺少文件头。");
      } else if (kind === "row") {
        const list = pending.get(a) ?? [];
        list.push(b!);
        pending.set(a, list);
        if (list.length >= 500) await flush(a);
      } else if (kind === "file") {
        const target = path.resolve(uploadsDir, a);
        if (!target.startsWith(path.resolve(uploadsDir) + path.sep)) throw new RestoreError(`备份文件中的路径不合法：${a}`);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, Buffer.from(b!, "base64"));
      }
    }
    if (!header) throw new RestoreError("备份文件为空或已损坏。");
    for (const t of pending.keys()) await flush(t);
    await resetSequences(client);
    await client.query("COMMIT");
    return header;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

function splitLine(line: string): [string, string, string?] {
  const i = line.indexOf("\t");
  const kind = line.slice(0, i);
  const rest = line.slice(i + 1);
  if (kind === "header") return [kind, rest];
  const j = rest.indexOf("\t");
  return [kind, rest.slice(0, j), rest.slice(j + 1)];
}

async function checkTarget(client: pg.Client, header: BackupHeader, uploadsDir: string) {
  const applied = (await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)).rows.map((r) => r.migration_name);
  const missing = header.migrations.filter((m) => !applied.includes(m));
  if (missing.length) throw new RestoreError(`目标数据库缺少迁移：${missing.join("、")}。请先用相同版本的程序执行迁移。`);
  for (const t of Object.keys(header.tables)) {
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM "${t}") AS any`);
    if (rows[0].any) throw new RestoreError(`目标数据库不是空的（${t} 表已有数据），只能恢复到空数据库。`);
  }
  if (listFiles(uploadsDir).length > 0) throw new RestoreError(`上传文件目录 ${uploadsDir} 不是空的，只能恢复到空目录。`);
}

// Generated columns (e.g. a search vector) are computed again by PostgreSQL.
async function writableColumns(client: pg.Client, table: string): Promise<string> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => `"${r.column_name}"`).join(", ");
}

async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const r of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"${r.table_name}"', '${r.column_name}'), COALESCE((SELECT max("${r.column_name}") FROM "${r.table_name}"), 1), (SELECT max("${r.column_name}") FROM "${r.table_name}") IS NOT NULL)`,
    );
  }
}
