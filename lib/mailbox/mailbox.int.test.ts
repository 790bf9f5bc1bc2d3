import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { MAILBOX_FORM_KEY, mailboxLetter } from "@/forms/mailbox-letter";
import { canView } from "@/lib/form-engine/authorize";
import { FieldErrors } from "@/lib/form-engine/errors";
import { factsOf, loadRecord } from "@/lib/form-engine/records";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { newChallenge } from "@/lib/form-engine/public/challenge";
import { lookUpCase } from "@/lib/form-engine/public/lookup";
import { notMatched, QUERY_TOO_MANY, TOO_MANY } from "@/lib/form-engine/public/messages";
import { publicDefinition } from "@/lib/form-engine/public/registry";
import { startPublicCase, type StartInput } from "@/lib/form-engine/public/start";
import { loadPublicMailbox } from "./public-letters";

// The letter's workflow on the engine's public entry (lib/form-engine/public/): the protections
// themselves are tested for every definition in lib/form-engine/public/public-entry.int.test.ts.
const def = publicDefinition(MAILBOX_FORM_KEY)!;
const NOT_MATCHED = notMatched(def.public);
const submitLetter = (_db: unknown, input: StartInput) => startPublicCase(db(), def, input);
const lookUpLetter = async (_db: unknown, input: { code: string; last4: string; client: string }) => {
  const v = await lookUpCase(db(), def, { code: input.code, factor: input.last4, client: input.client });
  const field = (k: string) => v.fields.find((f) => f.key === k)?.value ?? null;
  const reply = field("reply");
  return { subject: v.title, state: v.state, box: field("box"), declineReason: field("declineReason"), reply: reply === null ? null : { content: reply, dept: field("dept") } };
};

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "mailbox-int-test-secret";
});

/** Solves the arithmetic question the way a reader does. */
function solved() {
  const c = newChallenge();
  const nums = "零一二三四五六七八九十";
  const m = c.question.match(/^(.)(加|减)(.)/)!;
  const a = nums.indexOf(m[1]!);
  const b = nums.indexOf(m[3]!);
  return { challengeToken: c.token, challengeAnswer: String(m[2] === "加" ? a + b : a - b) };
}

const letter = (over: Record<string, string> = {}) => ({
  box: "leader", name: "张三", phone: "13800138000", email: "zs@example.com", address: "榕城区某路1号", category: "consult",
  subject: `来信 ${randomUUID().slice(0, 8)}`, content: "请问办理医师执业注册需要哪些材料？", consent: "yes", ...over,
});

let clients = 0;
const send = (data: Record<string, string>, extra: Partial<StartInput> = {}) =>
  submitLetter(db(), { data, idempotencyKey: randomUUID(), honeypot: "", client: `10.5.0.${++clients}`, ...solved(), ...extra });

async function recordOf(subject: string) {
  const r = await db().formRecord.findFirstOrThrow({ where: { formKey: MAILBOX_FORM_KEY, title: subject } });
  return r;
}

async function step(username: string, recordId: string, action: string, data?: Record<string, string>, opinion?: string) {
  const { version } = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return transition(db(), await actorOf(db(), username), { formKey: MAILBOX_FORM_KEY, recordId, action, version, data, opinion });
}

async function sees(username: string, recordId: string) {
  const r = (await loadRecord(db(), recordId))!;
  return canView(mailboxLetter, await actorOf(db(), username), factsOf(mailboxLetter, r));
}

describe("mailbox letter", () => {
  it("goes citizen → bgs 转办 to 医政科 → yzk 答复 → bgs-kz 审核通过 → published, and the citizen reads the reply", async () => {
    const data = letter();
    const { queryCode } = await send(data);
    expect(queryCode).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    const rec = await recordOf(data.subject);
    expect(rec.state).toBe("received");
    expect(rec.createdById).toBeNull();

    // Personal data is for the staff handling the letter only.
    expect(await sees("bgs", rec.id)).toBe(true);
    expect(await sees("bgs-kz", rec.id)).toBe(true);
    for (const u of ["yzk", "yzk-kz", "rsk", "xxtjk-kz", "jz"]) expect(await sees(u, rec.id), u).toBe(false);
    await expect(step("yzk", rec.id, "forward", { handler: "yzk" })).rejects.toThrow(/未找到/);

    await expect(step("bgs", rec.id, "forward", { handler: "" })).rejects.toBeInstanceOf(FieldErrors);
    await step("bgs", rec.id, "forward", { handler: "yzk", instructions: "请医政科按职责答复。" });
    expect(await sees("yzk", rec.id)).toBe(true);
    expect(await sees("rsk", rec.id)).toBe(false);
    await expect(step("rsk", rec.id, "answer", { reply: "x" })).rejects.toThrow(/未找到/);

    await step("yzk", rec.id, "answer", { reply: "需提交执业注册申请表、学历证明等材料。" });
    await expect(step("yzk", rec.id, "approve")).rejects.toThrow(/无权/);
    await step("bgs-kz", rec.id, "return", undefined, "请补充办理地点。");
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: rec.id } })).state).toBe("handling");
    await step("yzk", rec.id, "answer", { reply: "需提交执业注册申请表、学历证明等材料，到市政务服务中心办理。" });
    const done = await step("bgs-kz", rec.id, "approve");
    expect(done.state).toBe("published");

    const view = await lookUpLetter(db(), { code: queryCode.toLowerCase().replace(/(.{4})/g, "$1-"), last4: "8000", client: "10.6.0.1" });
    expect(view).toMatchObject({ subject: data.subject, state: "已答复并公开", reply: { dept: "医政科", content: expect.stringContaining("政务服务中心") } });
    expect(JSON.stringify(view)).not.toContain("13800138000");

    const pub = await loadPublicMailbox(db());
    const shown = pub.letters.find((l) => l.subject === data.subject);
    expect(shown).toMatchObject({ dept: "医政科", box: "领导信箱", reply: expect.stringContaining("政务服务中心") });
    const json = JSON.stringify(pub);
    for (const secret of ["张三", "13800138000", "zs@example.com", "榕城区某路1号"]) expect(json).not.toContain(secret);
    expect(pub.stats[0]!.answered).toBeGreaterThanOrEqual(1);
  });

  it("a letter answered without consent is never public; a unit's reporter answers a letter forwarded to it", async () => {
    const data = letter({ consent: "no" });
    await send(data);
    const rec = await recordOf(data.subject);
    await step("bgs", rec.id, "forward", { handler: "jdq" });
    expect(await sees("jdq-xxy", rec.id)).toBe(true);
    await step("jdq-xxy", rec.id, "answer", { reply: "已转交处理。" });
    expect((await step("bgs-kz", rec.id, "approve")).state).toBe("answered");
    const pub = await loadPublicMailbox(db());
    expect(pub.letters.some((l) => l.subject === data.subject)).toBe(false);
  });

  it("a declined letter shows its reason to the citizen; 直接答复 needs a reply", async () => {
    const data = letter({ phone: "0663-8231234" });
    const { queryCode } = await send(data);
    const rec = await recordOf(data.subject);
    await expect(step("bgs", rec.id, "answer_direct", { reply: " " })).rejects.toBeInstanceOf(FieldErrors);
    await expect(step("bgs", rec.id, "decline", { declineReason: "" })).rejects.toBeInstanceOf(FieldErrors);
    await step("bgs", rec.id, "decline", { declineReason: "来信内容不属于本局职责范围，请向市场监管部门反映。" });
    const view = await lookUpLetter(db(), { code: queryCode, last4: "1234", client: "10.6.0.2" });
    expect(view).toMatchObject({ state: "不予受理", declineReason: expect.stringContaining("市场监管"), reply: null });
  });

  it("a double click or a resend creates one letter with one query code", async () => {
    const data = letter();
    const idempotencyKey = randomUUID();
    const c = solved();
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) =>
      submitLetter(db(), { data, idempotencyKey, honeypot: "", client: `10.8.0.${i}`, ...c })));
    expect(new Set(results.map((r) => r.queryCode)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY, title: data.subject } })).toBe(1);
    // A later resend with the same key still answers with the code.
    expect((await submitLetter(db(), { data, idempotencyKey, honeypot: "", client: "10.8.1.1", ...solved() })).queryCode).toBe(results[0]!.queryCode);
  });

  it("refuses a bot (honeypot), a wrong answer, bad fields — and stores nothing", async () => {
    const before = await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY } });
    await expect(send(letter(), { honeypot: "http://spam" })).rejects.toThrow(/提交未成功/);
    await expect(send(letter(), { challengeAnswer: "99" })).rejects.toBeInstanceOf(FieldErrors);
    const err = await send(letter({ subject: "", content: "字".repeat(2001), phone: "abc" })).catch((e) => e);
    expect(err).toBeInstanceOf(FieldErrors);
    expect(Object.keys((err as FieldErrors).fields).sort()).toEqual(["content", "phone", "subject"]);
    expect(await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY } })).toBe(before);
    // The released claim lets the citizen correct the form and send the same submission again.
    const key = randomUUID();
    await expect(send(letter({ subject: "" }), { idempotencyKey: key })).rejects.toBeInstanceOf(FieldErrors);
    await expect(send(letter(), { idempotencyKey: key })).resolves.toMatchObject({ duplicate: false });
  });

  it("rate-limits submissions and look-ups per client; a wrong code says nothing about whether it exists", async () => {
    const client = "10.9.9.9";
    for (let i = 0; i < 10; i++) await send(letter(), { client, challengeAnswer: "99" }).catch(() => undefined);
    await expect(send(letter(), { client })).rejects.toThrow(TOO_MANY);

    const data = letter();
    const { queryCode } = await send(data);
    const q = (code: string, last4: string) => lookUpLetter(db(), { code, last4, client: "10.9.9.10" }).catch((e: Error & { userMessage?: string }) => e.userMessage);
    expect(await q("ABCDEFGHJKMN", "8000")).toBe(NOT_MATCHED);
    expect(await q(queryCode, "1111")).toBe(NOT_MATCHED);
    for (let i = 0; i < 8; i++) await q("ABCDEFGHJKMN", "8000"); // 10 look-ups in the window
    expect(await q(queryCode, "8000")).toBe(QUERY_TOO_MANY);
  });
});
