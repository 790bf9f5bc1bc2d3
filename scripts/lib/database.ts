import path from "node:path";
import { ensureDatabase, startEmbedded } from "../../lib/db/embedded";
import { DATA_DIR, bin } from "./paths";
import { run } from "./run";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * The database the scripts run against: DATABASE_URL when it is set, otherwise the embedded
 * PostgreSQL whose data lives in .data/postgres and survives restarts.
 */
export async function openDatabase(dbName = "portal"): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const server = await startEmbedded({
    dataDir: path.join(DATA_DIR, "postgres"),
    port,
    log: (l) => console.log(`[db] ${l}`),
  });
  await ensureDatabase(server.url("postgres"), dbName);
  return { url: server.url(dbName), embedded: true, stop: server.stop };
}

/** Applies every pending migration (`prisma migrate deploy`). */
export async function migrateDeploy(url: string, quiet = true): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet });
}
