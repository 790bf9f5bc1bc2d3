import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/embedded";
import { migrateDeploy } from "@/scripts/lib/database";
import { recordAuditNow } from "./record";

const run = promisify(execFile);

async function verifyScript(url: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run("npx", ["tsx", "scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: url } });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe("npm run audit:verify", () => {
  it("reports an intact chain, then the first broken link after a row is tampered with", async () => {
    // A database of its own, since the tampering here is committed.
    const url = new URL(process.env.DATABASE_URL!);
    const name = `audit_verify_${Date.now().toString(36)}`;
    url.pathname = "/postgres";
    await ensureDatabase(url.toString(), name);
    url.pathname = `/${name}`;
    await migrateDeploy(url.toString());
    const db = createPrisma(url.toString());
    try {
      for (let i = 1; i <= 4; i++) await recordAuditNow(db, { actorName: "test", action: `test.${i}`, objectType: "test", detail: { i } });
      const ok = await verifyScript(url.toString());
      expect(ok).toMatchObject({ code: 0 });
      expect(ok.out).toMatch(/已校验 4 条，哈希链无断裂/);

      const third = await db.auditEvent.findFirstOrThrow({ where: { action: "test.3" } });
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
        await tx.$executeRaw`UPDATE "audit_events" SET "actorName" = 'mallory' WHERE id = ${third.id}`;
      });
      const broken = await verifyScript(url.toString());
      expect(broken.code).toBe(1);
      expect(broken.out).toContain(`第一处断裂在编号 ${third.id} 的记录`);
    } finally {
      await db.$disconnect();
    }
  });
});
