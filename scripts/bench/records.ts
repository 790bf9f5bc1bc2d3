// Bench data: publication approval records (网站信息发布审批表) in bulk, spread over the bureau
// sections, the workflow states and two years, each with the events of the steps that brought
// it to its state (so 审定 signatures, and the half-signed ones, are real). Written with
// unnest() batches straight into PostgreSQL: the transition path would take hours for 100,000.
import pg from "pg";

const DAY = 86_400_000;
const BATCH = 5_000;

/** Sections by weight: the business sections draft most. */
const SECTIONS: [string, number][] = [["yzk", 5], ["jkk", 4], ["jcwsk", 3], ["xck", 3], ["bgs", 2], ["rsk", 1], ["xxtjk", 2]];
const FINALIZER_PARTIES = ["finalizer:xxtjk", "finalizer:xck"];

/** States by share of all records: most items were published long ago; a few are in flight. */
const STATES: [string, number][] = [
  ["published", 78], ["withdrawn", 3], ["draft", 4], ["chief_review", 3], ["office_review", 0.5], ["deputy_review", 3],
  ["director_review", 0.5], ["approved", 2], ["finalizing", 6],
];

const WORDS = ["关于", "开展", "医疗机构", "卫生监督", "疾病预防", "健康教育", "基层卫生", "专项检查", "工作动态", "通知", "公示", "无偿献血", "家庭医生", "签约服务", "传染病", "防控", "培训班", "义诊活动", "执业注册", "年度报告"];

function pick<T>(weighted: [T, number][], r: number): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [v, w] of weighted) if ((x -= w) < 0) return v;
  return weighted.at(-1)![0];
}

/** A small deterministic PRNG, so two runs measure the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Step = [action: string, from: string, to: string, party: string];

/** The steps (action, from, to, party) that bring an item to `state`. */
function path(state: string, special: boolean, halfSigned: boolean): Step[] {
  if (state === "draft") return [["save", "new", "draft", "publisher"]];
  const steps: Step[] = [["submit", "draft", "chief_review", "publisher"]];
  if (state === "chief_review") return steps;
  steps.push(["chief_approve", "chief_review", special ? "office_review" : "deputy_review", "chief"]);
  if (state === "office_review") return steps;
  if (special) steps.push(["office_approve", "office_review", "deputy_review", "role:office_reviewer"]);
  if (state === "deputy_review") return steps;
  steps.push(["deputy_approve", "deputy_review", special ? "director_review" : "approved", "overseer"]);
  if (state === "director_review") return steps;
  if (special) steps.push(["director_approve", "director_review", "approved", "role:director"]);
  if (state === "approved") return steps;
  steps.push(["push", "approved", "finalizing", "publisher"]);
  if (state === "finalizing") return halfSigned ? [...steps, ["finalize", "finalizing", "finalizing", FINALIZER_PARTIES[0]!]] : steps;
  steps.push(["finalize", "finalizing", "finalizing", FINALIZER_PARTIES[0]!], ["finalize", "finalizing", "published", FINALIZER_PARTIES[1]!]);
  if (state === "published") return steps;
  return [...steps, ["withdraw", "published", "withdrawn", FINALIZER_PARTIES[1]!]];
}

export interface RecordSpec {
  id: string;
  sectionId: string;
  state: string;
  title: string;
  special: boolean;
  halfSigned: boolean;
  createdAt: Date;
}

async function insertBatch(client: pg.PoolClient, specs: RecordSpec[], columnOf: Map<string, string>) {
  const r: [string[], string[], string[], string[], Date[], Date[]] = [[], [], [], [], [], []];
  const e = { id: [] as string[], recordId: [] as string[], seq: [] as number[], action: [] as string[], from: [] as (string | null)[], to: [] as string[], party: [] as string[], at: [] as Date[] };
  const data: string[] = [];
  for (const s of specs) {
    const steps = path(s.state, s.special, s.halfSigned);
    // One step every few hours: the record's updatedAt is its last step, i.e. since when it waits.
    const at = (i: number) => new Date(s.createdAt.getTime() + i * 3 * 3600_000);
    r[0].push(s.id);
    r[1].push(s.sectionId);
    r[2].push(s.state);
    r[3].push(s.title);
    r[4].push(s.createdAt);
    r[5].push(at(steps.length - 1));
    data.push(JSON.stringify({ secret: "no", title: s.title, body: `<p>${s.title}。</p>`, column: columnOf.get(s.sectionId) ?? "", publishDate: s.createdAt.toISOString().slice(0, 10), special: s.special ? "yes" : "no" }));
    steps.forEach(([action, from, to, party], i) => {
      e.id.push(`${s.id}_e${i + 1}`);
      e.recordId.push(s.id);
      e.seq.push(i + 1);
      e.action.push(action);
      e.from.push(from === "new" ? null : from);
      e.to.push(to);
      e.party.push(JSON.stringify({ party, label: action, username: null }));
      e.at.push(at(i));
    });
  }
  await client.query(
    `INSERT INTO form_records (id, "formKey", "sectionId", state, title, "createdAt", "updatedAt", data, version, "signedParties")
     SELECT id, 'publication-approval', sec, st, ti, ca, ua, d::jsonb, 1, CASE WHEN half THEN ARRAY[$9::text] ELSE ARRAY[]::text[] END
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::boolean[]) AS t(id, sec, st, ti, ca, ua, d, half)`,
    [...r, data, specs.map((s) => s.halfSigned && s.state === "finalizing"), FINALIZER_PARTIES[0]],
  );
  await client.query(
    `INSERT INTO form_events (id, "recordId", seq, action, "fromState", "toState", "actorName", "contentHash", detail, "createdAt")
     SELECT id, rid, seq, ac, fs, ts, '基准测试', 'bench', de::jsonb, at
     FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) AS t(id, rid, seq, ac, fs, ts, de, at)`,
    [e.id, e.recordId, e.seq, e.action, e.from, e.to, e.party, e.at],
  );
}

/** Inserts `n` records (plus `extra`, e.g. a task submitted on a chosen day); returns nothing but rows. */
export async function seedRecords(url: string, n: number, extra: RecordSpec[] = [], now = new Date()): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    const cols = await client.query<{ sectionId: string; columnId: string }>(`SELECT DISTINCT ON ("sectionId") "sectionId", "columnId" FROM column_sections ORDER BY "sectionId", "columnId"`);
    const columnOf = new Map(cols.rows.map((c) => [c.sectionId, c.columnId]));
    const random = rng(20161128);
    const span = 2 * 365 * DAY;
    let batch: RecordSpec[] = [];
    for (let i = 0; i < n; i++) {
      const state = pick(STATES, random());
      const title = `${WORDS[Math.floor(random() * WORDS.length)]}${WORDS[Math.floor(random() * WORDS.length)]}${WORDS[Math.floor(random() * WORDS.length)]}（第${i + 1}号）`;
      batch.push({
        id: `bench_rec_${i}`, sectionId: pick(SECTIONS, random()), state, title,
        special: random() < 0.05 || state === "office_review" || state === "director_review",
        halfSigned: state === "finalizing" && random() < 0.5,
        createdAt: new Date(now.getTime() - 3 * 3600_000 * 12 - random() * span),
      });
      if (batch.length === BATCH) {
        await insertBatch(client, batch, columnOf);
        batch = [];
      }
    }
    await insertBatch(client, [...batch, ...extra], columnOf);
    // As autovacuum leaves a live database: statistics and the visibility map that lets a
    // count read an index alone.
    await client.query("VACUUM ANALYZE form_records");
    await client.query("VACUUM ANALYZE form_events");
  } finally {
    client.release();
    await pool.end();
  }
}
