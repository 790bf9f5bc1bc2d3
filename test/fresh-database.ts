import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EMBEDDED_APP_PASSWORD, EMBEDDED_APP_USER, ensureDatabase, startEmbedded } from "../lib/db/embedded";
import { grantAppRole, withCredentials } from "../lib/db/roles";
import { migrateDeploy } from "../scripts/lib/database";
import { seedAll } from "../prisma/seed/index";
import { freePort } from "./free-port";

export interface FreshDatabase {
  /** The app's connection: an ordinary role (lib/db/roles.ts). */
  url: string;
  /** The owner's connection: migrations, seeding, tests that play a database superuser. */
  ownerUrl: string;
  /** The audit key and checkpoint files of this run, outside the database. */
  env: { AUDIT_KEY_FILE: string; AUDIT_CHECKPOINT_FILE: string };
  stop: () => Promise<void>;
}

/**
 * A new, migrated and seeded database for one test run: a new embedded PostgreSQL in a
 * temporary folder, or a new database on TEST_DATABASE_URL's server when that is set (the
 * app role `portal_app_test` is created there when that user may create roles).
 */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const dbName = `portal_${label}_${Date.now().toString(36)}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${label}-`));
  fs.chmodSync(dir, 0o755);
  const env = { AUDIT_KEY_FILE: path.join(dir, "audit.key"), AUDIT_CHECKPOINT_FILE: path.join(dir, "audit-checkpoint.json") };
  Object.assign(process.env, env);
  let ownerUrl: string;
  let url: string;
  let stop: () => Promise<void>;
  if (process.env.TEST_DATABASE_URL) {
    const admin = new URL(process.env.TEST_DATABASE_URL);
    await ensureDatabase(admin.toString(), dbName);
    admin.pathname = `/${dbName}`;
    ownerUrl = admin.toString();
    url = withCredentials(ownerUrl, "portal_app_test", "portal_app_test");
    stop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const server = await startEmbedded({ dataDir: path.join(dir, "pg"), port: await freePort() });
    await ensureDatabase(server.url("postgres"), dbName);
    ownerUrl = server.url(dbName);
    url = withCredentials(ownerUrl, EMBEDDED_APP_USER, EMBEDDED_APP_PASSWORD);
    stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrateDeploy(ownerUrl);
  try {
    await grantAppRole(ownerUrl, url, { create: true });
  } catch (err) {
    // An external test server whose user may not create roles: run as that one role.
    if (!process.env.TEST_DATABASE_URL) throw err;
    console.warn(`[test] no separate app role (${(err as Error).message}); the tests run as the owner.`);
    url = ownerUrl;
  }
  await seedAll(ownerUrl);
  return { url, ownerUrl, env, stop };
}
