// `npm run restore -- <file>`: restores an archive made by `npm run backup` into an EMPTY
// database (DATABASE_URL, or the embedded one in .data/postgres) and an empty uploads folder.
// The database is migrated first; a database or folder that already holds data is refused.
import path from "node:path";
import { uploadDir } from "../lib/form-engine/uploads";
import { restore } from "../lib/security/backup";
import { openDatabase, prepareDatabase } from "./lib/database";

const file = process.argv[2];
if (!file) {
  console.error("用法：npm run restore -- <备份文件>");
  process.exit(2);
}
const db = await openDatabase().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
try {
  await prepareDatabase(db);
  const header = await restore(db.ownerUrl, uploadDir(), path.resolve(file));
  const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
  console.log(`恢复完成：${rows} 行、${header.files} 个上传文件（备份时间 ${header.createdAt}）。`);
} catch (err) {
  console.error("恢复失败：", err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.stop();
}
