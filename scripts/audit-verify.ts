// `npm run audit:verify`: walks the whole audit hash chain, checks each event's MAC made with
// the audit key (kept outside the database) and that the event named by the last checkpoint
// still exists unchanged; reports the first broken link. Works while the portal runs (it
// attaches to the running embedded server). Exit code 0 when intact, 1 when broken or unreachable.
import { verifyAndCheckpoint } from "../lib/audit/checkpoint";
import { BREAK_MESSAGES } from "../lib/audit/verify";
import { createPrisma } from "../lib/db/client";
import { openDatabase } from "./lib/database";

let code = 1;
try {
  const database = await openDatabase("portal", { attach: true });
  const db = createPrisma(database.url);
  try {
    const result = await verifyAndCheckpoint(db, { full: true });
    if (result.ok) {
      console.log(`审计记录完整：已校验 ${result.checked} 条，哈希链、密钥签名和库外检查点均无异常。`);
      code = 0;
    } else {
      console.error(`审计记录被篡改：第一处断裂在编号 ${result.brokenAt} 的记录，${BREAK_MESSAGES[result.reason]}。此前 ${result.checked} 条完好。`);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
} catch (err) {
  console.error("无法校验审计记录：", err instanceof Error ? err.message : err);
}
process.exit(code);
