import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbedded } from "../lib/db/embedded";
import { migrateDeploy } from "../scripts/lib/database";
import { seedAll } from "../prisma/seed/index";
import { freePort } from "./free-port";

export interface FreshDatabase {
  url: string;
  stop: () => Promise<void>;
}

/**
 * A new, migrated and seeded database for one test run: a new embedded PostgreSQL in a
 * temporary folder, or a new database on TEST_DATABASE_URL's server when that is set.
 */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const dbName = `portal_${label}_${Date.now().toString(36)}`;
  let url: string;
  let stop: () => Promise<void>;
  if (process.env.TEST_DATABASE_URL) {
    const admin = new URL(process.env.TEST_DATABASE_URL);
    await ensureDatabase(admin.toString(), dbName);
    admin.pathname = `/${dbName}`;
    url = admin.toString();
    stop = async () => {};
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${label}-`));
    fs.chmodSync(dir, 0o755);
    const server = await startEmbedded({ dataDir: path.join(dir, "pg"), port: await freePort() });
    await ensureDatabase(server.url("postgres"), dbName);
    url = server.url(dbName);
    stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrateDeploy(url);
  await seedAll(url);
  return { url, stop };
}
