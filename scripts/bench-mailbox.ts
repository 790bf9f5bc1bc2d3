// `npm run bench:mailbox`: 200 citizens submit a letter at the same moment, each one twice
// (a double click), through the engine's public entry that the /mailbox form posts to, on a throwaway
// database. Checks that exactly 200 letters are stored, none twice and none lost, and that no
// submission failed; prints the throughput.
import { randomUUID } from "node:crypto";
import { freshDatabase } from "../test/fresh-database";

const N = Number(process.env.BENCH_LETTERS ?? 200);
const NUMS = "零一二三四五六七八九十";

async function main() {
  const fresh = await freshDatabase("bench_mailbox");
  process.env.DATABASE_URL = fresh.url;
  process.env.NEXTAUTH_SECRET ??= "bench-only-secret-not-for-production";
  const { getDb } = await import("../lib/db/client");
  const { startPublicCase } = await import("../lib/form-engine/public/start");
  const { publicDefinition } = await import("../lib/form-engine/public/registry");
  const { newChallenge } = await import("../lib/form-engine/public/challenge");
  const def = publicDefinition("mailbox-letter")!;
  const submitLetter = (_db: unknown, input: Parameters<typeof startPublicCase>[2]) => startPublicCase(db, def, input);
  const db = getDb();
  let failed = false;
  try {
    const solved = () => {
      const c = newChallenge();
      const m = c.question.match(/^(.)(加|减)(.)/)!;
      const a = NUMS.indexOf(m[1]!);
      const b = NUMS.indexOf(m[3]!);
      return { challengeToken: c.token, challengeAnswer: String(m[2] === "加" ? a + b : a - b) };
    };
    const jobs = Array.from({ length: N }, (_, i) => {
      const data = { box: i % 2 ? "leader" : "opinion", name: `市民${i}`, phone: `1380000${String(i).padStart(4, "0")}`, category: "consult", subject: `压力测试来信 ${i}`, content: "并发提交测试。", consent: "no" };
      const input = { data, idempotencyKey: randomUUID(), honeypot: "", client: `198.51.100.${i % 250}-${i}`, ...solved() };
      return [input, input]; // the same submission sent twice at once
    }).flat();
    const t0 = performance.now();
    const results = await Promise.allSettled(jobs.map((j) => submitLetter(db, j)));
    const seconds = (performance.now() - t0) / 1000;
    const errors = results.filter((r) => r.status === "rejected");
    const records = await db.formRecord.count({ where: { formKey: "mailbox-letter" } });
    const titles = (await db.formRecord.groupBy({ by: ["title"], where: { formKey: "mailbox-letter" } })).length;
    const letters = await db.publicCase.count({ where: { formKey: "mailbox-letter" } });
    const codes = new Set(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.queryCode] : []))).size;
    console.log(`\n${jobs.length} requests (${N} submissions, each sent twice) in ${seconds.toFixed(2)} s: ${(N / seconds).toFixed(1)} letters/s, ${(jobs.length / seconds).toFixed(1)} requests/s`);
    console.log(`letters stored: ${records} (distinct subjects ${titles}, with query code ${letters}); distinct query codes returned: ${codes}; errors: ${errors.length}`);
    for (const e of errors.slice(0, 3)) console.error((e as PromiseRejectedResult).reason);
    if (records !== N || titles !== N || letters !== N || codes !== N || errors.length > 0) {
      console.error(`FAIL: expected exactly ${N} letters, no duplicate and no error`);
      failed = true;
    } else console.log(`OK: exactly ${N} letters, no duplicate, no error`);
  } finally {
    await db.$disconnect();
    await fresh.stop();
  }
  process.exit(failed ? 1 : 0);
}

void main();
