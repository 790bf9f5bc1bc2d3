import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { FieldErrors } from "@/lib/form-engine/errors";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { CHALLENGE_TTL_MS, newChallenge } from "./challenge";
import { citizenAct, lookUpCase } from "./lookup";
import { CHALLENGE_USED, notMatched, QUERY_TOO_MANY } from "./messages";
import { publicDefinition, type PublicDefinition } from "./registry";
import { startPublicCase, type StartInput } from "./start";
import { registerTestDefinition, TEST_PUBLIC_KEY } from "./test-definition";

let unregister: () => void;
let def: PublicDefinition;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "public-entry-int-test-secret";
  unregister = registerTestDefinition();
  def = publicDefinition(TEST_PUBLIC_KEY)!;
});
afterAll(() => unregister());

const NUMS = "零一二三四五六七八九十";
function solved(now = Date.now()) {
  const c = newChallenge(now);
  const m = c.question.match(/^(.)(加|减)(.)/)!;
  const a = NUMS.indexOf(m[1]!);
  const b = NUMS.indexOf(m[3]!);
  return { challengeToken: c.token, challengeAnswer: String(m[2] === "加" ? a + b : a - b) };
}

let clients = 0;
const client = () => `10.77.${Math.floor(Math.random() * 250)}.${++clients % 250}`;
const application = (phone = "13800001234") => ({ name: "申请人", phone, wanted: `所需信息 ${randomUUID().slice(0, 8)}` });
const apply = (over: Partial<StartInput> = {}, data = application()) =>
  startPublicCase(db(), def, { data, idempotencyKey: randomUUID(), honeypot: "", client: client(), ...solved(), ...over });
const countOf = () => db().formRecord.count({ where: { formKey: TEST_PUBLIC_KEY } });
const caseOf = async (code: string, factor: string) => lookUpCase(db(), def, { code, factor, client: client() });

describe("challenge (issue 15 item 9)", () => {
  it("is accepted for one case only: a replay for a second case fails, a resend of the same case passes", async () => {
    const c = solved();
    const key = randomUUID();
    const first = await apply({ ...c, idempotencyKey: key });
    expect(first.duplicate).toBe(false);
    const before = await countOf();
    const replay = await apply({ ...c }).catch((e: unknown) => e);
    expect(replay).toBeInstanceOf(FieldErrors);
    expect((replay as FieldErrors).fields.challenge).toBe(CHALLENGE_USED);
    expect(await countOf()).toBe(before);
    await expect(apply({ ...c, idempotencyKey: key })).resolves.toEqual({ queryCode: first.queryCode, duplicate: true });
  });

  it("a wrong answer uses the token up: the right answer cannot follow on the same token", async () => {
    const c = solved();
    const wrong = String((Number(c.challengeAnswer) + 1) % 19);
    await expect(apply({ ...c, challengeAnswer: wrong })).rejects.toBeInstanceOf(FieldErrors);
    const again = await apply({ ...c }).catch((e: unknown) => e);
    expect((again as FieldErrors).fields.challenge).toBe(CHALLENGE_USED);
  });

  it("expires within minutes, and a forged token is refused", async () => {
    expect(CHALLENGE_TTL_MS).toBeLessThanOrEqual(10 * 60_000);
    const old = solved(Date.now() - CHALLENGE_TTL_MS - 1000);
    expect(((await apply(old).catch((e: unknown) => e)) as FieldErrors).fields.challenge).toBe(CHALLENGE_USED);
    const c = solved();
    const forged = c.challengeToken.replace(/^\d+/, String(Date.now() + 3600_000));
    expect(((await apply({ ...c, challengeToken: forged }).catch((e: unknown) => e)) as FieldErrors).fields.challenge).toBe(CHALLENGE_USED);
  });
});

describe("idempotency claims (issue 15 item 12)", () => {
  it("a claim whose transaction never committed (its connection killed) does not block the key", async () => {
    const key = randomUUID();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    other.on("error", () => undefined);
    const { rows } = await other.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    // What a send does in its transaction, left uncommitted as if the app died half-way.
    await other.query("BEGIN");
    const recordId = randomUUID();
    await other.query(`INSERT INTO form_records (id, "formKey", state, data, title, "updatedAt") VALUES ($1, $2, 'registered', '{}', 'x', now())`, [recordId, TEST_PUBLIC_KEY]);
    await other.query(`INSERT INTO public_cases (id, "recordId", "formKey", "idempotencyKey", "queryCodeHash", "factorHash") VALUES ($1, $2, $3, $4, $5, 'x')`, [randomUUID(), recordId, TEST_PUBLIC_KEY, key, randomUUID()]);
    const data = application();
    const resend = apply({ idempotencyKey: key }, data); // waits on the unclaimed key
    await new Promise((r) => setTimeout(r, 300));
    await db().$executeRaw`SELECT pg_terminate_backend(${rows[0]!.pid}::int)`;
    await other.end().catch(() => undefined);
    const r = await resend;
    expect(r.duplicate).toBe(false);
    expect(await db().formRecord.count({ where: { formKey: TEST_PUBLIC_KEY, title: data.wanted } })).toBe(1);
    expect(await db().formRecord.count({ where: { id: recordId } })).toBe(0);
    // A case row never exists without its record.
    expect(await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM public_cases c LEFT JOIN form_records r ON r.id = c."recordId" WHERE r.id IS NULL`).toEqual([{ n: 0n }]);
  });

  it("a send that fails (bad fields) leaves nothing: the corrected resend with the same key is stored", async () => {
    const key = randomUUID();
    await expect(apply({ idempotencyKey: key }, { ...application(), wanted: "" })).rejects.toBeInstanceOf(FieldErrors);
    await expect(apply({ idempotencyKey: key })).resolves.toMatchObject({ duplicate: false });
  });
});

describe("follow-up by the citizen", () => {
  async function twoCases() {
    const a = application("13800001111");
    const ra = await apply({}, a);
    const b = application("13900002222");
    const rb = await apply({}, b);
    const idA = (await db().formRecord.findFirstOrThrow({ where: { formKey: TEST_PUBLIC_KEY, title: a.wanted } })).id;
    const idB = (await db().formRecord.findFirstOrThrow({ where: { formKey: TEST_PUBLIC_KEY, title: b.wanted } })).id;
    return { a: { code: ra.queryCode, factor: "1111", id: idA }, b: { code: rb.queryCode, factor: "2222", id: idB } };
  }
  const version = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).version;
  const stateOf = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).state;

  it("sees the projection only: listed fields and events, no personal data", async () => {
    const { a } = await twoCases();
    const v = await caseOf(a.code, a.factor);
    expect(v.state).toBe("已登记");
    expect(v.fields.map((f) => f.key)).toEqual(["wanted"]);
    expect(v.events.map((e) => e.label)).toEqual(["提交申请"]);
    expect(v.actions).toEqual([]);
    expect(JSON.stringify(v)).not.toMatch(/13800001111|申请人/);
  });

  it("supplies a 补正 on their own case only; the code of A with the factor of B, or a record id of B, reaches nothing", async () => {
    const { a, b } = await twoCases();
    const bgs = await actorOf(db(), "bgs");
    for (const c of [a, b]) await transition(db(), bgs, { formKey: TEST_PUBLIC_KEY, recordId: c.id, action: "correction_notice", version: await version(c.id), data: { notice: "请补充身份证明。" } });

    await expect(caseOf(a.code, b.factor)).rejects.toThrow(notMatched(def.public));
    await expect(caseOf(b.code.slice(0, 11) + "Z", b.factor)).rejects.toThrow(notMatched(def.public));
    const v = await caseOf(a.code, a.factor);
    expect(v.actions.map((x) => x.label)).toEqual(["提交补正"]);
    expect(v.fields.find((f) => f.key === "notice")?.value).toBe("请补充身份证明。");

    // A forged post naming B's record id acts on A, the case the code reaches, and on nothing else.
    const forged = { code: a.code, factor: a.factor, client: client(), action: "supply_correction", version: await version(a.id), data: { correction: "已补充。" }, recordId: b.id };
    await citizenAct(db(), def, forged);
    expect(await stateOf(a.id)).toBe("registered");
    expect(await stateOf(b.id)).toBe("awaiting_correction");
    // Code of A + factor of B cannot act on either.
    await expect(citizenAct(db(), def, { ...forged, factor: b.factor, version: await version(b.id) })).rejects.toThrow(notMatched(def.public));
    expect(await stateOf(b.id)).toBe("awaiting_correction");
    // The citizen entry for A cannot be pointed at B's record.
    await expect(transition(db(), null, { formKey: TEST_PUBLIC_KEY, recordId: b.id, action: "supply_correction", version: await version(b.id), data: {} }, { entry: "citizen", caseId: a.id })).rejects.toThrow(/未找到/);
    // Staff actions are not the citizen's, and the citizen's step is not the staff's.
    await expect(citizenAct(db(), def, { code: b.code, factor: b.factor, client: client(), action: "close", version: await version(b.id) })).rejects.toThrow(/不能由您办理/);
    await expect(transition(db(), bgs, { formKey: TEST_PUBLIC_KEY, recordId: b.id, action: "supply_correction", version: await version(b.id), data: { correction: "x" } })).rejects.toThrow(/无权/);
    // Once supplied, the step is no longer open to the citizen.
    await expect(citizenAct(db(), def, { ...forged, version: await version(a.id) })).rejects.toThrow(/当前状态/);
    const events = await db().formEvent.findMany({ where: { recordId: a.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.actorName])).toEqual([["apply", null, "公众"], ["correction_notice", bgs.id, bgs.displayName], ["supply_correction", null, "申请人"]]);
  });

  it("a brute force on codes hits the per-client limit, and then even the right code is refused", async () => {
    const { a } = await twoCases();
    const who = client();
    const q = (code: string) => lookUpCase(db(), def, { code, factor: a.factor, client: who }).then(() => "found", (e: Error & { userMessage?: string }) => e.userMessage);
    for (let i = 0; i < 10; i++) expect(await q(`ABCDEFGHJK${String(i).padStart(2, "2")}`)).toBe(notMatched(def.public));
    expect(await q(a.code)).toBe(QUERY_TOO_MANY);
    // Another client still finds it.
    await expect(caseOf(a.code, a.factor)).resolves.toMatchObject({ state: "已登记" });
  });
});

describe("the migration of existing letters (mailbox_letters → public_cases)", () => {
  it("copies committed letters with a factor hash the lookup accepts, and drops claims without a letter", async () => {
    const sql = (await import("node:fs")).readFileSync("prisma/migrations/20261128020000_public_cases/migration.sql", "utf8");
    const copy = sql.slice(sql.indexOf('INSERT INTO "public_cases"'), sql.indexOf(";", sql.indexOf('INSERT INTO "public_cases"')));
    const record = await db().formRecord.create({ data: { formKey: "migration-fixture", state: "received", data: {}, title: "迁移测试" } });
    const code = "ABCDEFGHJKMN";
    const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`CREATE TABLE mailbox_letters (id text, "recordId" text, "idempotencyKey" text, "queryCodeHash" text, "phoneLast4" text, "createdAt" timestamp(3))`);
      await client.query(`INSERT INTO mailbox_letters VALUES ('m1', $1, $2, $3, '8000', now()), ('m2', NULL, $4, $5, '1111', now())`,
        [record.id, randomUUID(), (await import("./query-code")).hashQueryCode(code), randomUUID(), randomUUID()]);
      await client.query(copy);
      const { rows } = await client.query<{ formKey: string; factorHash: string; queryCodeHash: string }>(`SELECT "formKey", "factorHash", "queryCodeHash" FROM public_cases WHERE id IN ('m1', 'm2')`);
      const { hashFactor, hashQueryCode } = await import("./query-code");
      expect(rows).toEqual([{ formKey: "mailbox-letter", queryCodeHash: hashQueryCode(code), factorHash: hashFactor(hashQueryCode(code), "8000") }]);
    } finally {
      await client.query("ROLLBACK").catch(() => undefined);
      await client.end();
    }
  });
});
