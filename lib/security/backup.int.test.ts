import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { recordAuditNow } from "@/lib/audit/record";
import { ensureDatabase } from "@/lib/db/embedded";
import { db } from "@/test/integration/db";
import { migrateDeploy } from "@/scripts/lib/database";
import { backup, restore } from "./backup";

async function snapshot(url: string): Promise<Record<string, string[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1")).rows;
    const out: Record<string, string[]> = {};
    for (const { tablename } of tables) {
      out[tablename] = (await c.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`)).rows.map((r) => r.j).sort();
    }
    return out;
  } finally {
    await c.end();
  }
}

describe("backup and restore", () => {
  it("restores into an empty database the identical records and files, and refuses a non-empty one", async () => {
    const source = process.env.DATABASE_URL!;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
    const uploads = path.join(tmp, "uploads");
    fs.mkdirSync(path.join(uploads, "2026", "11"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "2026", "11", "通知.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255]));
    const file = path.join(tmp, "portal.backup.gz");

    await recordAuditNow(db(), { actorName: "test", action: "test.backup", objectType: "test", detail: { n: 1 } });
    const header = await backup(source, uploads, file);
    expect(header.tables.accounts).toBeGreaterThan(10);
    expect(header.files).toBe(1);

    const target = new URL(process.env.MIGRATION_DATABASE_URL!);
    const name = `restore_${Date.now().toString(36)}`;
    target.pathname = "/postgres";
    await ensureDatabase(target.toString(), name);
    target.pathname = `/${name}`;
    await migrateDeploy(target.toString());
    const restoredUploads = path.join(tmp, "restored-uploads");
    await restore(target.toString(), restoredUploads, file);

    const [before, after] = await Promise.all([snapshot(source), snapshot(target.toString())]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const t of Object.keys(before)) expect(after[t], t).toEqual(before[t]);
    expect(after.audit_events!.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(restoredUploads, "2026", "11", "通知.pdf"))).toEqual(fs.readFileSync(path.join(uploads, "2026", "11", "通知.pdf")));

    // Sequences continue after the restored ids.
    const c = new pg.Client({ connectionString: target.toString() });
    await c.connect();
    const max = (await c.query(`SELECT max(id)::int AS m FROM audit_events`)).rows[0].m;
    const next = (await c.query(`SELECT nextval(pg_get_serial_sequence('audit_events', 'id'))::int AS n`)).rows[0].n;
    await c.end();
    expect(next).toBe(max + 1);

    await expect(restore(target.toString(), path.join(tmp, "other"), file)).rejects.toThrow(/不是空的/);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
