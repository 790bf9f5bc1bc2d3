import path from "node:path";
import { EMBEDDED_APP_PASSWORD, EMBEDDED_APP_USER, embeddedUrl, ensureDatabase, runningServer, startEmbedded, startSupervisedEmbedded } from "../../lib/db/embedded";
import { grantAppRole, withCredentials } from "../../lib/db/roles";
import { DATA_DIR, bin } from "./paths";
import { run } from "./run";

export interface OpenDatabase {
  /** What the app connects with: a role without superuser or owner rights. */
  url: string;
  /** The owner: migrations, seeding, backup and restore. */
  ownerUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

export interface OpenOptions {
  /** Restart the embedded server whenever it exits (npm start). */
  supervise?: boolean;
  /** Use the embedded server a running portal already started on .data/postgres (backup, verify). */
  attach?: boolean;
}

/**
 * The database the scripts run against. With DATABASE_URL set, that is the app's connection
 * and MIGRATION_DATABASE_URL the owner's (the same URL when unset). Otherwise the embedded
 * PostgreSQL whose data lives in .data/postgres and survives restarts: started here, or, with
 * `attach`, the one a running portal already serves.
 */
export async function openDatabase(dbName = "portal", opts: OpenOptions = {}): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return { url, ownerUrl: process.env.MIGRATION_DATABASE_URL || url, embedded: false, stop: async () => {} };
  }
  const dataDir = path.join(DATA_DIR, "postgres");
  const running = opts.attach ? runningServer(dataDir) : null;
  if (running) {
    const ownerUrl = embeddedUrl(running.port, dbName);
    return { url: embeddedUrl(running.port, dbName, EMBEDDED_APP_USER, EMBEDDED_APP_PASSWORD), ownerUrl, embedded: true, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const log = (l: string) => console.log(`[db] ${l}`);
  const server = opts.supervise ? await startSupervisedEmbedded({ dataDir, port, log }) : await startEmbedded({ dataDir, port, log });
  await ensureDatabase(server.url("postgres"), dbName);
  const ownerUrl = server.url(dbName);
  return { url: withCredentials(ownerUrl, EMBEDDED_APP_USER, EMBEDDED_APP_PASSWORD), ownerUrl, embedded: true, stop: server.stop };
}

/** Applies every pending migration (`prisma migrate deploy`) as the owner. */
export async function migrateDeploy(ownerUrl: string, quiet = true): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], { env: { DATABASE_URL: ownerUrl }, quiet });
}

/** Migrates as the owner, then gives the app role its rights on every table (lib/db/roles.ts). */
export async function prepareDatabase(db: Pick<OpenDatabase, "url" | "ownerUrl" | "embedded">, quiet = true): Promise<void> {
  await migrateDeploy(db.ownerUrl, quiet);
  await grantAppRole(db.ownerUrl, db.url, { create: db.embedded });
}
