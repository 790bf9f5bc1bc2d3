// Art. 15: the handling section returns a mis-forwarded letter to 局办公室 with its reason, the
// office forwards it again and the 15 working days start afresh; 纠错 letters go to 信息统计科.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { MAILBOX_FORM_KEY, mailboxLetter } from "@/forms/mailbox-letter";
import { canAct } from "@/lib/form-engine/transition";
import { canView } from "@/lib/form-engine/authorize";
import { FieldErrors } from "@/lib/form-engine/errors";
import { factsOf, loadRecord } from "@/lib/form-engine/records";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { newChallenge } from "@/lib/form-engine/public/challenge";
import { publicDefinition } from "@/lib/form-engine/public/registry";
import { startPublicCase } from "@/lib/form-engine/public/start";

const def = publicDefinition(MAILBOX_FORM_KEY)!;

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "mailbox-return-int-test-secret";
});

function solved() {
  const c = newChallenge();
  const nums = "零一二三四五六七八九十";
  const m = c.question.match(/^(.)(加|减)(.)/)!;
  const a = nums.indexOf(m[1]!);
  const b = nums.indexOf(m[3]!);
  return { challengeToken: c.token, challengeAnswer: String(m[2] === "加" ? a + b : a - b) };
}

let clients = 0;
async function send(over: Record<string, string> = {}) {
  const data = {
    box: "opinion", name: "李四", phone: "13900139000", email: "", address: "", category: "suggest",
    subject: `来信 ${randomUUID().slice(0, 8)}`, content: "网站上的办事指南电话号码有误。", consent: "no", ...over,
  };
  await startPublicCase(db(), def, { data, idempotencyKey: randomUUID(), honeypot: "", client: `10.8.0.${++clients}`, ...solved() });
  return db().formRecord.findFirstOrThrow({ where: { formKey: MAILBOX_FORM_KEY, title: data.subject } });
}

async function step(username: string, recordId: string, action: string, data?: Record<string, string>, opinion?: string) {
  const { version } = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return transition(db(), await actorOf(db(), username), { formKey: MAILBOX_FORM_KEY, recordId, action, version, data, opinion });
}

async function sees(username: string, recordId: string) {
  const r = (await loadRecord(db(), recordId))!;
  return canView(mailboxLetter, await actorOf(db(), username), factsOf(mailboxLetter, r));
}

const may = async (username: string, recordId: string, action: string) => canAct(db(), await actorOf(db(), username), recordId, action);
const clock = (recordId: string) => db().recordClock.findUniqueOrThrow({ where: { recordId_clockKey: { recordId, clockKey: "reply" } } });

describe("a letter returned to 局办公室 (退回局办公室)", () => {
  it("is returned only by the handling section, with a reason; the office forwards it again, the clock running throughout", async () => {
    const rec = await send();
    await step("bgs", rec.id, "forward", { handler: "yzk", instructions: "请医政科答复。" });
    const forwarded = await db().formEvent.findFirstOrThrow({ where: { recordId: rec.id, action: "forward" } });

    // Nobody else returns it: not another section, not the office, not the signed-out public.
    for (const u of ["rsk", "bgs", "yzk-kz", "xxtjk"]) expect(await may(u, rec.id, "return_to_office"), u).toBe(false);
    await expect(step("rsk", rec.id, "return_to_office", undefined, "不是我们的")).rejects.toThrow(/未找到/);
    expect(await may("yzk", rec.id, "return_to_office")).toBe(true);
    // The reason is required.
    const e = await step("yzk", rec.id, "return_to_office", undefined, " ").then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(FieldErrors);
    expect((e as FieldErrors).fields.opinion).toContain("退回局办公室");

    const back = await step("yzk", rec.id, "return_to_office", undefined, "来信反映的是网站内容，不属于医政科职责，请转信息统计科。");
    expect(back.state).toBe("received");
    const after = await db().formRecord.findUniqueOrThrow({ where: { id: rec.id } });
    expect((after.data as Record<string, unknown>).handler).toBe("");
    // The section it was wrongly sent to no longer sees the letter (nor the citizen's personal data).
    expect(await sees("yzk", rec.id)).toBe(false);
    expect(await sees("bgs", rec.id)).toBe(true);
    const ret = await db().formEvent.findFirstOrThrow({ where: { recordId: rec.id, action: "return_to_office" } });
    expect(ret.opinion).toContain("请转信息统计科");
    // While back at the office the clock keeps running from the first 转办.
    expect((await clock(rec.id)).status).toBe("running");

    await step("bgs", rec.id, "forward", { handler: "xxtjk", instructions: "请信息统计科核实更正。" });
    const forwards = await db().formEvent.findMany({ where: { recordId: rec.id, action: "forward" }, orderBy: { seq: "asc" } });
    expect(forwards).toHaveLength(2);
    expect(forwards[0]!.id).toBe(forwarded.id);
    expect(await sees("xxtjk", rec.id)).toBe(true);
    expect(await may("yzk", rec.id, "answer")).toBe(false);
    expect((await clock(rec.id)).status).toBe("running");
    expect((await step("xxtjk", rec.id, "answer", { reply: "已更正办事指南中的电话号码。" })).state).toBe("review");
  });

  it("cannot be returned once answered, nor by the handler of another letter", async () => {
    const rec = await send();
    await step("bgs", rec.id, "forward", { handler: "yzk" });
    const other = await send();
    await step("bgs", other.id, "forward", { handler: "rsk" });
    expect(await may("yzk", other.id, "return_to_office")).toBe(false);
    await step("yzk", rec.id, "answer", { reply: "已答复。" });
    expect(await may("yzk", rec.id, "return_to_office")).toBe(false);
    await expect(step("yzk", rec.id, "return_to_office", undefined, "退回")).rejects.toThrow();
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: rec.id } })).state).toBe("review");
  });
});

describe("a 纠错 letter", () => {
  it("goes from the 公众意见箱 straight to 信息统计科, which answers it, and can be returned to the office", async () => {
    const rec = await send({ category: "correction" });
    expect(rec.state).toBe("handling");
    expect((rec.data as Record<string, unknown>).handler).toBe("xxtjk");
    expect(await sees("xxtjk", rec.id)).toBe(true);
    expect(await sees("bgs", rec.id)).toBe(true);
    expect(await sees("yzk", rec.id)).toBe(false);
    // The office does not have to forward it; the 15 working days run from receipt.
    expect(await may("bgs", rec.id, "forward")).toBe(false);
    expect((await clock(rec.id)).status).toBe("running");
    expect(await may("xxtjk", rec.id, "return_to_office")).toBe(true);
    expect((await step("xxtjk", rec.id, "answer", { reply: "已核实并更正。" })).state).toBe("review");
    // A reviewer's return sends it back to 信息统计科, not to the office.
    expect((await step("bgs-kz", rec.id, "return", undefined, "请写明更正的页面。")).state).toBe("handling");
  });

  it("belongs in the 公众意见箱: a 纠错 to the 领导信箱 is refused beside 类别 and stores nothing", async () => {
    const subject = `纠错 ${randomUUID().slice(0, 8)}`;
    const r = await startPublicCase(db(), def, {
      data: { box: "leader", name: "李四", phone: "13900139000", email: "", address: "", category: "correction", subject, content: "内容有误。", consent: "no" },
      idempotencyKey: randomUUID(), honeypot: "", client: "10.8.1.1", ...solved(),
    }).then(() => null, (err: unknown) => err);
    expect(r).toBeInstanceOf(FieldErrors);
    expect((r as FieldErrors).fields.category).toContain("公众意见箱");
    expect(await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY, title: subject } })).toBe(0);
  });

  it("is a category the public page may preset from the query string (我要纠错)", () => {
    expect(def.public.prefill).toContain("category");
    const category = mailboxLetter.fields.find((f) => f.key === "category");
    expect(category?.type === "choice" && category.options.find((o) => o.value === "correction")?.label).toBe("纠错");
  });
});
