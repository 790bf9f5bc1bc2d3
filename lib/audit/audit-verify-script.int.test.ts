// Issue 15 item 8: `npm run audit:verify` against attacks on the audit trail, made with the
// app's own database role (refused) and with the database owner (detected through the audit
// key and the checkpoint kept outside PostgreSQL).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma, type Db } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/embedded";
import { grantAppRole } from "@/lib/db/roles";
import { migrateDeploy } from "@/scripts/lib/database";
import { chainHash } from "./hash";
import { recordAuditNow } from "./record";

const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "audit-verify-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Target {
  appUrl: string;
  ownerUrl: string;
  checkpoint: string;
  app: Db;
}

/** A database of its own (the tampering here is committed), with both roles and 30 events. */
async function newTarget(label: string): Promise<Target> {
  const name = `audit_${label}_${Date.now().toString(36)}`;
  const owner = new URL(process.env.MIGRATION_DATABASE_URL!);
  owner.pathname = "/postgres";
  await ensureDatabase(owner.toString(), name);
  owner.pathname = `/${name}`;
  const app = new URL(process.env.DATABASE_URL!);
  app.pathname = `/${name}`;
  await migrateDeploy(owner.toString());
  await grantAppRole(owner.toString(), app.toString());
  const db = createPrisma(app.toString());
  for (let i = 1; i <= 30; i++) await recordAuditNow(db, { actorName: "test", action: `test.${i}`, objectType: "test", detail: { i } });
  return { appUrl: app.toString(), ownerUrl: owner.toString(), checkpoint: path.join(tmp, `${label}-checkpoint.json`), app: db };
}

async function verifyScript(t: Target): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DATABASE_URL: t.appUrl, MIGRATION_DATABASE_URL: t.ownerUrl, AUDIT_CHECKPOINT_FILE: t.checkpoint };
  try {
    const { stdout } = await run("npx", ["tsx", "scripts/audit-verify.ts"], { env });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Runs statements in one transaction on a plain connection, returning the first error. */
async function attempt(url: string, statements: string[]): Promise<Error | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    for (const s of statements) await c.query(s);
    await c.query("COMMIT");
    return null;
  } catch (err) {
    await c.query("ROLLBACK").catch(() => undefined);
    return err as Error;
  } finally {
    await c.end();
  }
}

const targets: Target[] = [];
let intact: Target;
beforeAll(async () => {
  intact = await newTarget("intact");
  targets.push(intact);
});
afterAll(async () => {
  for (const t of targets) await t.app.$disconnect();
});

describe("npm run audit:verify", () => {
  it("reports an intact chain, signed with the audit key, and writes a checkpoint outside the database", async () => {
    const ok = await verifyScript(intact);
    expect(ok.out).toMatch(/已校验 30 条/);
    expect(ok.code).toBe(0);
    const checkpoint = JSON.parse(fs.readFileSync(intact.checkpoint, "utf8"));
    const newest = await intact.app.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(checkpoint).toMatchObject({ id: newest.id.toString(), hash: newest.hash });
    expect(newest.mac).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the app's own role can neither delete, rewrite nor switch off the triggers", async () => {
    const newest = await intact.app.auditEvent.findMany({ orderBy: { id: "desc" }, take: 25 });
    const ids = newest.map((e) => e.id).join(",");
    for (const statements of [
      ["SET session_replication_role = replica"],
      ["SET LOCAL session_replication_role = replica", `DELETE FROM audit_events WHERE id IN (${ids})`],
      [`DELETE FROM audit_events WHERE id IN (${ids})`],
      [`UPDATE audit_events SET "actorName" = 'mallory' WHERE id = ${newest[10]!.id}`],
      ["TRUNCATE audit_events"],
      ["ALTER TABLE audit_events DISABLE TRIGGER USER"],
      ["CREATE TABLE evil (x int)"],
    ]) {
      expect(await attempt(intact.appUrl, statements), statements.join("; ")).toBeInstanceOf(Error);
    }
    const role = (await attempt(intact.appUrl, ["SELECT 1"])) === null;
    expect(role).toBe(true);
    expect(await verifyScript(intact)).toMatchObject({ code: 0 });
  });

  it("detects the newest 25 events deleted by the database owner with the triggers switched off", async () => {
    const t = await newTarget("tail");
    targets.push(t);
    expect((await verifyScript(t)).code).toBe(0); // checkpoint at the newest event
    const newest = await t.app.auditEvent.findMany({ orderBy: { id: "desc" }, take: 25 });
    expect(await attempt(t.ownerUrl, ["SET LOCAL session_replication_role = replica", `DELETE FROM audit_events WHERE id IN (${newest.map((e) => e.id).join(",")})`])).toBeNull();
    const broken = await verifyScript(t);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`第一处断裂在编号 ${newest[0]!.id} 的记录`);
    expect(broken.out).toMatch(/检查点/);
  });

  it("detects one event rewritten and the rest re-chained by the database owner", async () => {
    const t = await newTarget("rechain");
    targets.push(t);
    const events = await t.app.auditEvent.findMany({ orderBy: { id: "asc" } });
    const victim = events[20]!;
    const statements = ["SET LOCAL session_replication_role = replica"];
    let prev = events[19]!.hash;
    for (const e of events.slice(20)) {
      const fields = { at: e.at, actorId: e.actorId, actorName: e.id === victim.id ? "mallory" : e.actorName, action: e.action, objectType: e.objectType, objectId: e.objectId, detail: e.detail, ip: e.ip };
      const hash = chainHash(prev, fields);
      statements.push(`UPDATE audit_events SET "actorName" = '${fields.actorName}', "prevHash" = '${prev}', hash = '${hash}' WHERE id = ${e.id}`);
      prev = hash;
    }
    expect(await attempt(t.ownerUrl, statements)).toBeNull();
    const broken = await verifyScript(t);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`第一处断裂在编号 ${victim.id} 的记录`);
    expect(broken.out).toMatch(/密钥签名不符/);
  });
});
