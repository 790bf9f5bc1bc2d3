// `npm run audit:verify`: walks the audit hash chain and reports the first broken link.
// Exit code 0 when the chain is intact, 1 when it is broken or the database is unreachable.
import { verifyAuditChain } from "../lib/audit/verify";
import { createPrisma } from "../lib/db/client";
import { openDatabase } from "./lib/database";

const database = await openDatabase();
const db = createPrisma(database.url);
let code = 1;
try {
  const result = await verifyAuditChain(db);
  if (result.ok) {
    console.log(`审计记录完整：已校验 ${result.checked} 条，哈希链无断裂。`);
    code = 0;
  } else {
    const what = result.reason === "hash_mismatch" ? "内容与哈希不符（记录被修改）" : "与前一条记录的哈希不衔接（记录被插入或删除）";
    console.error(`审计记录被篡改：第一处断裂在编号 ${result.brokenAt} 的记录，${what}。此前 ${result.checked} 条完好。`);
  }
} catch (err) {
  console.error("无法校验审计记录：", err instanceof Error ? err.message : err);
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(code);
