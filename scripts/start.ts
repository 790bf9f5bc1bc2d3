// `npm start`: the first command of the quick start. Starts the database (embedded unless
// DATABASE_URL is set), applies migrations, seeds the demo data, builds if needed and serves.
import { portInUse } from "../lib/db/embedded";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { seedAll } from "../prisma/seed/index";
import { authEnv } from "./lib/auth-env";
import { buildIfStale } from "./lib/build";
import { BREAK_MESSAGES } from "../lib/audit/verify";
import { verifyAndCheckpoint } from "../lib/audit/checkpoint";
import { createPrisma } from "../lib/db/client";
import { openDatabase, prepareDatabase } from "./lib/database";
import { serveProduction } from "./lib/serve";
import { moveUploadsFromDisk } from "../lib/uploads/move-from-disk";
import { uploadDir } from "../lib/form-engine/uploads";
import { waitForHttp } from "./lib/wait-http";

const port = Number(process.env.PORT ?? 3000);

async function main() {
  // Checked first, so that a busy port is reported before minutes of building.
  if (await portInUse(port)) {
    throw new Error(`端口 ${port} 已被占用（也许门户已在运行）。请先停止占用该端口的程序，或用 PORT=3001 npm start 换一个端口。\nPort ${port} is in use; stop the other program or set PORT.`);
  }
  // Supervised: should PostgreSQL exit, it is started again and the app's pool reconnects.
  const db = await openDatabase("portal", { supervise: true });
  console.log(db.embedded ? "Embedded PostgreSQL is running (data in .data/postgres)." : "Using DATABASE_URL.");
  await prepareDatabase(db);
  console.log("Migrations applied; the app connects as a role without owner rights.");
  const moved = await moveUploadsFromDisk(db.ownerUrl, uploadDir());
  if (moved) console.log(`Moved ${moved} uploaded files from ${uploadDir()} into the database.`);
  const seeded = await seedAll(db.ownerUrl);
  console.log(`Demo data ready (${seeded}).`);
  const env = { DATABASE_URL: db.url, ...authEnv(port) };
  await buildIfStale(env);
  serveProduction({ port, env, stopDatabase: db.stop });
  await waitForHttp(`http://localhost:${port}/`);
  printWelcome();
  checkpointAuditTrail(db.url);
}

const CHECKPOINT_EVERY_MS = Number(process.env.AUDIT_CHECKPOINT_SECONDS ?? 60) * 1000;

/**
 * Every minute: verify the audit events written since the last checkpoint and, when they hold,
 * move the checkpoint (kept outside the database, lib/audit/checkpoint.ts) forward.
 */
function checkpointAuditTrail(url: string) {
  const db = createPrisma(url);
  const tick = async () => {
    try {
      const result = await verifyAndCheckpoint(db);
      if (!result.ok) console.error(`\n[audit] 审计记录被篡改：编号 ${result.brokenAt}，${BREAK_MESSAGES[result.reason]}。检查点未前移；请运行 npm run audit:verify。`);
    } catch (err) {
      console.error(`[audit] checkpoint skipped: ${(err as Error).message}`);
    }
  };
  void tick();
  setInterval(tick, CHECKPOINT_EVERY_MS).unref();
}

function printWelcome() {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(12)} ${a.displayName}（${a.sectionName}）`);
  console.log(
    [
      "",
      "揭阳市卫生和计划生育局门户网站 is running:",
      `  public portal   http://localhost:${port}/`,
      `  staff login     http://localhost:${port}/login`,
      "",
      `Demo accounts (password for all: ${DEMO_PASSWORD}):`,
      ...rows,
      "",
      "Press Ctrl+C to stop. Data is kept for the next start.",
    ].join("\n"),
  );
}

main().catch((err: Error) => {
  console.error(`\n启动失败 / start failed: ${err.message}`);
  process.exit(1);
});
