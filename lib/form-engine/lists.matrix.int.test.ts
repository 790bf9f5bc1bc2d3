// The list matrix: for every demo actor, the records list and 我的待办 decided in SQL
// (record-where.ts) return exactly the records that canView() / allowedActions() allow, on a
// seeded set across sections, forms and states, including a half-signed 审定, a half-collected
// opinion round, signatures from an earlier review cycle and letters routed by a section field.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/login";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { db } from "@/test/integration/db";
import { todayInBeijing } from "@/lib/time/beijing";
import { allowedActions, canView } from "./authorize";
import { factsOf, recordInclude, signedParties } from "./records";
import { getForm } from "./registry";
import { myRecords, myTasks } from "./tasks";
import { actorOf } from "./test-actors";
import type { FormData } from "./types";

const TAG = `列表矩阵${Date.now().toString(36)}`;
const ids: string[] = [];
const actors: Actor[] = [];

interface Seed {
  formKey: string;
  state: string;
  sectionId: string | null;
  data?: FormData;
  /** [action, fromState, party] events, in order. */
  events?: [string, string, string | null][];
}

function seeds(): Seed[] {
  const out: Seed[] = [];
  const pa = getForm("publication-approval")!;
  for (const sectionId of ["yzk", "xck", "bgs", "jkk", "xxtjk"]) {
    for (const state of Object.keys(pa.states)) {
      for (const special of ["no", "yes"]) out.push({ formKey: pa.key, state, sectionId, data: { secret: "no", special } });
    }
    // 审定 half-signed: 信息统计科 signed, 宣传科 has not.
    out.push({ formKey: pa.key, state: "finalizing", sectionId, data: { secret: "no", special: "no" }, events: [["push", "approved", "publisher"], ["finalize", "finalizing", "finalizer:xxtjk"]] });
    // 宣传科 signed in an earlier cycle, then the item was edited (保存草稿 starts a cycle): it must sign again.
    out.push({ formKey: pa.key, state: "finalizing", sectionId, data: { secret: "no", special: "no" }, events: [["finalize", "finalizing", "finalizer:xck"], ["save", "finalizing", "publisher"], ["push", "approved", "publisher"]] });
    // 紧急发布 (issue 13 item 6): waiting for any leader; published with one 补签 of three collected.
    out.push({ formKey: pa.key, state: "urgent_leader_review", sectionId, data: { secret: "no", special: "no", urgent: "yes" } });
    out.push({ formKey: pa.key, state: "urgent_published", sectionId, data: { secret: "no", special: "no", urgent: "yes" }, events: [["urgent_countersign", "urgent_published", "finalizer:xxtjk"]] });
  }
  // The emergency banner (Art. 7): proposed by a finalizer, approved by any bureau leader.
  const eb = getForm("emergency-banner")!;
  for (const state of Object.keys(eb.states)) out.push({ formKey: eb.key, state, sectionId: "xck", data: { message: "紧急公告" } });
  // Letters: sectionless, routed by the `handler` field to a section, a unit, or a malformed value.
  const ml = getForm("mailbox-letter")!;
  for (const state of Object.keys(ml.states)) {
    for (const handler of [undefined, "yzk", "wsjds", "jkk", 7]) out.push({ formKey: ml.key, state, sectionId: null, data: { subject: "x", consent: "no", ...(handler === undefined ? {} : { handler }) } });
  }
  const ca = getForm("column-assignment")!;
  for (const state of Object.keys(ca.states)) for (const scope of ["minor", "major"]) out.push({ formKey: ca.key, state, sectionId: "xxtjk", data: { scope } });
  // The opinion round half collected: 医政科, 宣传科 and fjz2 answered; one earlier answer of 人事科 was in another state.
  out.push({ formKey: ca.key, state: "opinions", sectionId: "xxtjk", data: { scope: "major" }, events: [["give_opinion", "opinions", "chief:yzk"], ["give_opinion", "opinions", "chief:xck"], ["give_opinion", "deputy_review", "chief:rsk"], ["give_opinion", "opinions", "leader:fjz2"]] });
  // 专题专栏 requests: a section's, and units' routed by the 业务归口科室 they chose (or none, or a malformed value).
  const tr = getForm("topic-column-request")!;
  for (const state of Object.keys(tr.states)) {
    out.push({ formKey: tr.key, state, sectionId: "jkk", data: { topicName: "x" } });
    for (const [sectionId, citySection] of [["wsjds", "yzk"], ["rcq", "jcwsk"], ["rcq", undefined], ["jkzx", 7]] as const)
      out.push({ formKey: tr.key, state, sectionId, data: { topicName: "x", ...(citySection === undefined ? {} : { citySection }) } });
  }
  // 信息报送 (issue 13): in the reporter's section, routed by the `target` field; 局办公室 views all.
  const us = getForm("unit-submission")!;
  for (const sectionId of ["rcq", "jkzx", "wsjds"]) {
    for (const state of Object.keys(us.states)) {
      for (const target of [undefined, "jcwsk", "jkk", "yzk", 7]) out.push({ formKey: us.key, state, sectionId, data: { secret: "no", ...(target === undefined ? {} : { target }) } });
    }
  }
  // A record of a form nobody registered is seen by nobody.
  out.push({ formKey: "no-such-form", state: "draft", sectionId: "yzk" });
  return out;
}

beforeAll(async () => {
  const list = seeds();
  for (const [i, s] of list.entries()) {
    const title = `${TAG} ${i} ${s.formKey} ${s.state}`;
    const events: Prisma.FormEventCreateWithoutRecordInput[] = (s.events ?? []).map(([action, fromState, party], n) => ({
      seq: n + 1, action, fromState, toState: s.state, actorName: "测试", contentHash: "x", detail: { party },
    }));
    // What the transition stores with each event, computed by the same function from the same events.
    const def = getForm(s.formKey);
    const signed = def ? signedParties(def, s.state, (s.events ?? []).map(([action, fromState, party], n) => ({ seq: n + 1, action, fromState, toState: s.state, actorName: "测试", opinion: null, createdAt: new Date(), detail: { party } }))) : [];
    const rec = await db().formRecord.create({
      data: { formKey: s.formKey, state: s.state, sectionId: s.sectionId, title, signedParties: signed, data: { ...(s.data ?? {}), title } as Prisma.InputJsonValue, events: { create: events } },
    });
    ids.push(rec.id);
  }
  for (const a of DEMO_ACCOUNTS) actors.push(await actorOf(db(), a.username));
});

/** The JS rule, record by record: what the lists must equal. */
async function expected(actor: Actor) {
  const records = await db().formRecord.findMany({ where: { id: { in: ids } }, include: recordInclude });
  const view = new Set<string>();
  const task = new Set<string>();
  const labels = new Map<string, string[]>();
  for (const r of records) {
    const def = getForm(r.formKey);
    if (!def) continue;
    const facts = factsOf(def, r);
    if (!canView(def, actor, facts)) continue;
    view.add(r.id);
    const allowed = allowedActions(def, actor, facts);
    if (!def.states[r.state]?.terminal && allowed.some((a) => a.task !== false)) task.add(r.id);
    labels.set(r.id, [...new Set(allowed.map((a) => a.label))]);
  }
  return { view, task, labels };
}

async function allItems<T extends { recordId: string }>(fetch: (page: number) => Promise<{ items: T[]; pages: number; total: number }>) {
  const first = await fetch(1);
  const items = [...first.items];
  for (let p = 2; p <= first.pages; p++) items.push(...(await fetch(p)).items);
  expect(items.length).toBe(first.total);
  return items;
}

async function allPages<T extends { recordId: string }>(fetch: (page: number) => Promise<{ items: T[]; pages: number; total: number }>) {
  return (await allItems(fetch)).map((i) => i.recordId);
}

describe("lists decided in the database", () => {
  it("seeds a set that exercises every kind of cell", async () => {
    expect(ids.length).toBe(285);
    expect(actors.length).toBe(DEMO_ACCOUNTS.length);
  });

  it("lists exactly what canView allows, and tasks exactly where allowedActions has a task, for every demo actor", async () => {
    const wrong: string[] = [];
    let withTasks = 0;
    for (const actor of actors) {
      const want = await expected(actor);
      // The text filter keeps the lists to this file's records; small pages exercise pagination.
      const view = await allPages((page) => myRecords(db(), actor, { q: TAG, page, pageSize: 17 }));
      const taskItems = await allItems((page) => myTasks(db(), actor, { q: TAG, page, pageSize: 17 }));
      const tasks = taskItems.map((t) => t.recordId);
      // The buttons each task shows are allowedActions()' labels, though read from the same query.
      for (const t of taskItems) if (JSON.stringify(t.actions) !== JSON.stringify(want.labels.get(t.recordId))) wrong.push(`${actor.username} ${t.title}: actions ${t.actions} ≠ ${want.labels.get(t.recordId)}`);
      if (new Set(view).size !== view.length || new Set(tasks).size !== tasks.length) wrong.push(`${actor.username}: a record listed twice`);
      const diff = (label: string, got: string[], exp: Set<string>) => {
        const g = new Set(got);
        const extra = got.filter((id) => !exp.has(id)).length;
        const missing = [...exp].filter((id) => !g.has(id)).length;
        if (extra || missing) wrong.push(`${actor.username} ${label}: ${extra} extra, ${missing} missing`);
      };
      diff("records", view, want.view);
      diff("tasks", tasks, want.task);
      if (want.task.size) withTasks++;
    }
    expect(wrong).toEqual([]);
    // Not vacuous: most actors have something to do on this set.
    expect(withTasks).toBeGreaterThan(15);
  });

  it("gives the half-signed and routed cells the expected answers", async () => {
    const by = (u: string) => actors.find((a) => a.username === u)!;
    const taskTitles = async (u: string) => (await myTasks(db(), by(u), { q: TAG, pageSize: 100, form: "publication-approval", section: "jkk", state: "finalizing" })).items.map((t) => t.title);
    // jkk: one plain finalizing pair (special no/yes), the half-signed one, the earlier-cycle one.
    expect((await taskTitles("xck-kz")).length).toBe(4);
    expect((await taskTitles("xxtjk-kz")).length).toBe(3);
    const letters = async (u: string) => (await myTasks(db(), by(u), { q: TAG, pageSize: 100, form: "mailbox-letter" })).items;
    expect((await letters("yzk")).map((t) => t.actions)).toEqual([["答复", "退回局办公室"]]);
    expect((await letters("wsjds-xxy")).length).toBe(1);
    expect((await letters("yzk-kz")).length).toBe(0);
    // 信息报送: the receiving section acts on what was sent to it; the office sees all and acts on none.
    const submissions = async (u: string, list: typeof myRecords) => (await list(db(), by(u), { q: TAG, pageSize: 100, form: "unit-submission" })).total;
    expect(await submissions("jcwsk", myTasks)).toBe(3);
    expect(await submissions("jcwsk", myRecords)).toBe(15);
    expect(await submissions("bgs", myRecords)).toBe(75);
    expect(await submissions("bgs", myTasks)).toBe(0);
    expect(await submissions("rcq-xxy", myRecords)).toBe(25);
    expect(await submissions("jdq-xxy", myRecords)).toBe(0);
  });

  it("filters by form, state, section and date, and orders tasks oldest first", async () => {
    const yzk = actors.find((a) => a.username === "yzk")!;
    const drafts = await myRecords(db(), yzk, { q: TAG, form: "publication-approval", state: "draft", section: "yzk", pageSize: 100 });
    expect(drafts.total).toBe(2);
    const today = todayInBeijing();
    expect((await myRecords(db(), yzk, { q: TAG, from: today, pageSize: 100 })).total).toBeGreaterThan(0);
    expect((await myRecords(db(), yzk, { q: TAG, to: "2000-01-01" })).total).toBe(0);
    const fjz2 = actors.find((a) => a.username === "fjz2")!;
    const tasks = (await myTasks(db(), fjz2, { q: TAG, pageSize: 100 })).items;
    const times = tasks.map((t) => t.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
