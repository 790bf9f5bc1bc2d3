import { freshDatabase } from "../test/fresh-database";
import { seedRecords } from "../scripts/bench/records";
const fresh = await freshDatabase("explain");
process.env.DATABASE_URL = fresh.url;
await import("../forms/server");
await seedRecords(fresh.url, Number(process.env.N ?? 100000));
const { getDb } = await import("../lib/db/client");
const { actorOf } = await import("../lib/form-engine/test-actors");
const { recordsWhere } = await import("../lib/form-engine/record-where");
const { allForms } = await import("../lib/form-engine/registry");
const { Prisma } = await import("../lib/generated/prisma/client");
const db = getDb();
if (process.env.VACUUM) await db.$executeRawUnsafe("VACUUM ANALYZE form_records");
for (const u of ["yzk-kz", "xxtjk-kz"]) {
  const actor = await actorOf(db, u);
  for (const kind of ["task", "view"] as const) {
    const where = recordsWhere(allForms(), actor, kind);
    const order = kind === "task" ? Prisma.sql`r."updatedAt" ASC, r.id ASC` : Prisma.sql`r."updatedAt" DESC, r.id DESC`;
    for (const q of [Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) SELECT r.id FROM form_records r WHERE ${where} ORDER BY ${order} LIMIT 20 OFFSET ${kind === "view" ? 4980 : 0}`, Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM form_records r WHERE ${where}`]) {
      const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(q);
      console.log(`----- ${u} ${kind}\n` + rows.map((r) => r["QUERY PLAN"]).join("\n"));
    }
  }
}
await db.$disconnect();
await fresh.stop();
