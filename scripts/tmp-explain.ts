import { freshDatabase } from "../test/fresh-database";
import { seedRecords } from "./bench/records";
const fresh = await freshDatabase("explain");
process.env.DATABASE_URL = fresh.url;
await import("../forms/server");
await seedRecords(fresh.url, Number(process.env.N ?? 20000));
const { getDb } = await import("../lib/db/client");
const { actorOf } = await import("../lib/form-engine/test-actors");
const { recordsWhere } = await import("../lib/form-engine/record-where");
const { allForms } = await import("../lib/form-engine/registry");
const { Prisma } = await import("../lib/generated/prisma/client");
const { myTasks } = await import("../lib/form-engine/tasks");
const db = getDb();
for (const u of ["yzk-kz", "xxtjk-kz"]) {
  const actor = await actorOf(db, u);
  const where = recordsWhere(allForms(), actor, "task");
  for (const q of [Prisma.sql`EXPLAIN ANALYZE SELECT r.id FROM form_records r WHERE ${where} ORDER BY r."updatedAt" ASC, r.id ASC LIMIT 20`, Prisma.sql`EXPLAIN ANALYZE SELECT count(*) FROM form_records r WHERE ${where}`]) {
    const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(q);
    console.log(u, "\n" + rows.map((r) => r["QUERY PLAN"]).join("\n"));
  }
  for (let i = 0; i < 3; i++) { const t = performance.now(); await myTasks(db, actor); console.log("myTasks", (performance.now() - t).toFixed(1)); }
}
await db.$disconnect();
await fresh.stop();
