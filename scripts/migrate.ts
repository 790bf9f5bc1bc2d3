// `npm run db:migrate`: applies pending migrations to the database (embedded unless DATABASE_URL is set).
import { migrateDeploy, openDatabase } from "./lib/database";

const db = await openDatabase();
try {
  await migrateDeploy(db.url, false);
} finally {
  await db.stop();
}
