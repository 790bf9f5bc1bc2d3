// `npm run backup [-- <file>]`: the database and the uploaded files in one archive
// (default .data/backups/portal-<time>.backup.gz). Works while the portal runs.
import path from "node:path";
import { uploadDir } from "../lib/form-engine/uploads";
import { backup } from "../lib/security/backup";
import { openDatabase } from "./lib/database";
import { DATA_DIR } from "./lib/paths";

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const file = path.resolve(process.argv[2] ?? path.join(DATA_DIR, "backups", `portal-${stamp}.backup.gz`));
// `attach`: while the portal runs, its embedded server is used instead of starting a second one.
const db = await openDatabase("portal", { attach: true }).catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
try {
  const header = await backup(db.ownerUrl, uploadDir(), file);
  const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
  console.log(`备份完成：${file}\n  ${Object.keys(header.tables).length} 张表、${rows} 行，${header.files} 个上传文件，迁移 ${header.migrations.at(-1) ?? "无"}。`);
} catch (err) {
  console.error("备份失败：", err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.stop();
}
