// `npm run db:migrate`: applies pending migrations to the database (embedded unless DATABASE_URL is set).
import { openDatabase, prepareDatabase } from "./lib/database";

const db = await openDatabase();
try {
  await prepareDatabase(db, false);
} finally {
  await db.stop();
}
