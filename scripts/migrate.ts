// `npm run db:migrate`: applies pending migrations to the database (embedded unless DATABASE_URL is set).
import { uploadDir } from "../lib/form-engine/uploads";
import { moveUploadsFromDisk } from "../lib/uploads/move-from-disk";
import { openDatabase, prepareDatabase } from "./lib/database";

const db = await openDatabase();
try {
  await prepareDatabase(db, false);
  // The data migration of 20261128070000_uploads_in_database: files on disk move into the table.
  console.log(`Moved ${await moveUploadsFromDisk(db.ownerUrl, uploadDir())} uploaded files into the database.`);
} finally {
  await db.stop();
}
