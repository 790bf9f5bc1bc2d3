// Runs a command with DATABASE_URL pointing at a migrated database:
// `tsx scripts/with-db.ts -- next dev`. Starts the embedded PostgreSQL when DATABASE_URL is unset.
import { openDatabase, prepareDatabase } from "./lib/database";
import { launch } from "./lib/run";
import { authEnv } from "./lib/auth-env";

const dash = process.argv.indexOf("--");
const [cmd, ...args] = dash >= 0 ? process.argv.slice(dash + 1) : [];
if (!cmd) {
  console.error("usage: tsx scripts/with-db.ts -- <command> [args…]");
  process.exit(2);
}

const db = await openDatabase().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
await prepareDatabase(db);
// The owner URL is handed on for `npm run db:seed`; the app itself only uses DATABASE_URL.
const child = launch(cmd, args, { DATABASE_URL: db.url, MIGRATION_DATABASE_URL: db.ownerUrl, ...authEnv() });
const forward = (sig: NodeJS.Signals) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("close", async (code) => {
  await db.stop();
  process.exit(code ?? 1);
});
