// `npm run cases:sweep`: takes every due automatic action once (e.g. closes applications whose
// 补正期限 has passed without 提交补正), through the one transition path, and prints what it did.
// Safe from cron beside running servers (each record moves once). Uses DATABASE_URL, or attaches
// to the embedded PostgreSQL a running portal serves (or starts it).
import "../forms/server";
import { createPrisma } from "../lib/db/client";
import { sweepDueActions } from "../lib/form-engine/auto/sweep";
import { openDatabase, prepareDatabase } from "./lib/database";

let code = 1;
try {
  const database = await openDatabase("portal", { attach: true });
  // An embedded database this script started itself may not be migrated yet.
  if (database.embedded) await prepareDatabase(database);
  const db = createPrisma(database.url);
  try {
    const r = await sweepDueActions(db);
    for (const d of r.done) console.log(`已自动办理：${d.formKey} ${d.action} ${d.recordId}`);
    console.log(`到期自动办理完成：办理 ${r.done.length} 件，跳过 ${r.skipped} 件。`);
    code = 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
} catch (err) {
  console.error("到期自动办理失败：", err instanceof Error ? err.message : err);
}
process.exit(code);
