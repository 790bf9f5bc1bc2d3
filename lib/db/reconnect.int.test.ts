// Issue 15 items 13 and 16: the portal survives its database going away, and the operator's
// commands work while the portal runs on the embedded server.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { recordAuditNow } from "@/lib/audit/record";
import { freePort } from "@/test/free-port";
import { migrateDeploy } from "@/scripts/lib/database";
import { createPrisma } from "./client";
import { EMBEDDED_APP_PASSWORD, EMBEDDED_APP_USER, ensureDatabase, runningServer, startEmbedded, startSupervisedEmbedded } from "./embedded";
import { grantAppRole, withCredentials } from "./roles";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-reconnect-"));
fs.chmodSync(dir, 0o755);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function eventually<T>(what: () => Promise<T>, seconds: number): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await what();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

describe("a database that dies and comes back", () => {
  it("is started again by the supervisor, and the app's pool reconnects on its own", async () => {
    const dataDir = path.join(dir, "supervised");
    const server = await startSupervisedEmbedded({ dataDir, port: await freePort(), everyMs: 500 });
    const db = createPrisma(server.url("postgres"));
    try {
      expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      const before = runningServer(dataDir)!;
      process.kill(before.pid, "SIGKILL"); // as the attacker's kill -9 did
      // Nobody restarts anything by hand: the supervisor does, and the same client recovers.
      await eventually(async () => {
        if (runningServer(dataDir)?.pid === before.pid || !runningServer(dataDir)) throw new Error("not restarted yet");
      }, 60);
      expect(await eventually(() => db.$queryRaw`SELECT 2 AS two`, 30)).toEqual([{ two: 2 }]);
      // Several queries in a row succeed: no stuck connection is left in the pool.
      for (let i = 0; i < 20; i++) expect(await db.$queryRaw`SELECT ${i}::int AS i`).toEqual([{ i }]);
    } finally {
      await db.$disconnect();
      await server.stop();
    }
  });
});

describe("operator commands while the portal runs on the embedded database", () => {
  it("npm run backup and npm run audit:verify attach to the running server", async () => {
    const dataDir = path.join(dir, "data");
    const server = await startEmbedded({ dataDir: path.join(dataDir, "postgres"), port: await freePort() });
    try {
      await ensureDatabase(server.url("postgres"), "portal");
      const ownerUrl = server.url("portal");
      const appUrl = withCredentials(ownerUrl, EMBEDDED_APP_USER, EMBEDDED_APP_PASSWORD);
      await migrateDeploy(ownerUrl);
      await grantAppRole(ownerUrl, appUrl, { create: true });
      const app = createPrisma(appUrl);
      for (let i = 0; i < 3; i++) await recordAuditNow(app, { actorName: "test", action: `test.running.${i}`, objectType: "test" });
      await app.$disconnect();

      const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_DATA_DIR: dataDir, UPLOAD_DIR: path.join(dataDir, "uploads") };
      delete env.DATABASE_URL;
      delete env.MIGRATION_DATABASE_URL;
      const archive = path.join(dir, "running.backup.gz");
      const backup = await run("npx", ["tsx", "scripts/backup.ts", archive], { env });
      expect(backup.stdout).toMatch(/备份完成/);
      expect(fs.statSync(archive).size).toBeGreaterThan(100);
      const verify = await run("npx", ["tsx", "scripts/audit-verify.ts"], { env });
      expect(verify.stdout).toMatch(/已校验 3 条/);
      // The portal's server was used, not replaced: it still answers.
      expect(runningServer(path.join(dataDir, "postgres"))).not.toBeNull();
    } finally {
      await server.stop();
    }
  });
});
