// The engine's automatic actions on real PostgreSQL with a definition of its own (the engine
// never imports forms/): `auto: { clockOverdue }` is taken once the clock's due day has passed,
// as the system, through the transition; the date-field rule is proven on 依申请公开
// (forms/disclosure-auto-close.int.test.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/test/integration/db";
import { defineForm } from "../define";
import { registerForm, unregisterForm } from "../registry";
import { actorOf } from "../test-actors";
import { SYSTEM_ACTOR, transition } from "../transition";
import { sweepDueActions } from "./sweep";

const KEY = "test-auto-escalation";
const def = defineForm({
  key: KEY, title: "测试催办", titleOf: (d) => String(d.subject ?? "（无）"),
  fields: [{ key: "subject", type: "text", label: "事项", required: true, maxLength: 50 }],
  signoffs: [],
  states: { open: { label: "办理中" }, escalated: { label: "已逾期上报" }, done: { label: "已办结", terminal: true } },
  clocks: [{ key: "answer", label: "办理期限", days: 2, startedBy: ["open"], stoppedBy: ["finish"] }],
  actions: [
    { key: "open", label: "登记", from: ["new"], to: "open", by: [{ kind: "publisherOf", sectionId: "bgs" }], edits: ["subject"] },
    { key: "escalate", label: "逾期上报", from: ["open"], to: "escalated", by: [{ kind: "role", role: "office_reviewer" }], auto: { clockOverdue: "answer" } },
    { key: "finish", label: "办结", from: ["open", "escalated"], to: "done", by: [{ kind: "publisherOf", sectionId: "bgs" }] },
  ],
});

beforeAll(() => registerForm(def));
afterAll(() => unregisterForm(KEY));
afterEach(() => vi.useRealTimers());
const wallClock = (date: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${date}T04:00:00Z`));
};
const open = async (subject: string) => (await transition(db(), await actorOf(db(), "bgs"), { formKey: KEY, action: "open", data: { subject } })).recordId;
const stateOf = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).state;

describe("auto: { clockOverdue }", () => {
  it("is taken by the system only after the due day, not on it, and not once the clock stopped", async () => {
    wallClock("2026-09-28");
    const late = await open("逾期事项");
    const finished = await open("已办结事项");
    // Due 2026-09-30 (two working days from the day after 09-28).
    expect((await db().recordClock.findUniqueOrThrow({ where: { recordId_clockKey: { recordId: late, clockKey: "answer" } } })).due?.toISOString().slice(0, 10)).toBe("2026-09-30");
    const f = await db().formRecord.findUniqueOrThrow({ where: { id: finished } });
    await transition(db(), await actorOf(db(), "bgs"), { formKey: KEY, recordId: finished, action: "finish", version: f.version });

    wallClock("2026-09-30");
    expect((await sweepDueActions(db(), new Date(), [def])).done).toEqual([]);
    wallClock("2026-10-08");
    const r = await sweepDueActions(db(), new Date(), [def]);
    expect(r.done).toEqual([{ formKey: KEY, recordId: late, action: "escalate" }]);
    expect(await stateOf(late)).toBe("escalated");
    expect(await stateOf(finished)).toBe("done");
    const event = await db().formEvent.findFirstOrThrow({ where: { recordId: late, action: "escalate" } });
    expect(event.actorName).toBe(SYSTEM_ACTOR);
    expect((await sweepDueActions(db(), new Date(), [def])).done).toEqual([]);
  });
});
