// Art. 5: the two routes of a column-table change. A 一般调整 takes effect after 局办公室 and the
// deputy in charge, without the director; an initial setup or a 大幅度调整 collects an opinion
// from every bureau section and every bureau leader before the director's 审定.
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { myTasks } from "@/lib/form-engine/tasks";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition, type TransitionInput } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";

const FORM = "column-assignment";
const CHIEFS = ["bgs-kz", "rsk-kz", "xxtjk-kz", "xck-kz", "yzk-kz", "jkk-kz", "jcwsk-kz"];
const LEADERS = ["fjz1", "fjz2", "fjz3", "jz"];
const uniq = () => Math.random().toString(36).slice(2, 8);
const row = (op: string, column: string, over: Record<string, string> = {}) => ({ op, column, name: "", parent: "", sectionId: "", interval: "", target: "", ...over });

async function act(username: string | null, input: Omit<TransitionInput, "formKey">) {
  return transition(db(), username ? await actorOf(db(), username) : null, { formKey: FORM, ...input });
}

async function step(username: string | null, recordId: string, action: string, opinion?: string) {
  const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return act(username, { recordId, action, version: r.version, opinion });
}

async function hasTask(username: string, recordId: string) {
  const tasks = await myTasks(db(), await actorOf(db(), username), { pageSize: 100 });
  return tasks.items.some((t) => t.recordId === recordId);
}

async function submit(scope: "minor" | "major" | "initial", slug: string) {
  const data = { scope, description: `Art. 5 ${scope} ${slug}`, opinionDeadline: scope === "minor" ? "" : "2099-12-31", changes: [row("add", slug, { name: `第五条测试${slug}`, sectionId: "xck", interval: "30" })] };
  const { recordId } = await act("xxtjk", { action: "submit", data });
  await step("bgs-kz", recordId, "office_approve");
  return recordId;
}

describe("Art. 5: the routes of a column-table change", () => {
  afterAll(async () => {
    await db().column.deleteMany({ where: { slug: { startsWith: "a5-" }, articles: { none: {} } } });
  });

  it("puts a 一般调整 into effect after 局办公室 and the deputy, never asking the director", async () => {
    const slug = `a5-${uniq()}`;
    const recordId = await submit("minor", slug);
    expect(await hasTask("fjz1", recordId)).toBe(true);
    expect((await step("fjz1", recordId, "deputy_approve")).state).toBe("approved");
    // The director has nothing to do with it: no task, and 审定 is refused.
    expect(await hasTask("jz", recordId)).toBe(false);
    expect((await refusal(step("jz", recordId, "director_approve"))).code).toBe("illegal_step");
    expect((await refusal(step("bgs-kz", recordId, "give_opinion", "意见"))).code).toBe("illegal_step");
    expect((await step("xxtjk", recordId, "apply")).state).toBe("effective");
    expect(await db().column.findUnique({ where: { slug } })).not.toBeNull();
    const actions = (await db().formEvent.findMany({ where: { recordId }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["submit", "office_approve", "deputy_approve", "apply"]);
  });

  it("holds a 大幅度调整 until every section and every leader gave an opinion, then the director 审定", async () => {
    const slug = `a5-${uniq()}`;
    const recordId = await submit("major", slug);
    expect((await step("fjz1", recordId, "deputy_approve")).state).toBe("opinions");
    for (const who of [...CHIEFS, ...LEADERS]) expect(await hasTask(who, recordId), who).toBe(true);

    // Every section answers: the leaders are still owed, so 审定 is not reachable.
    for (const chief of CHIEFS) expect((await step(chief, recordId, "give_opinion", `同意（${chief}）`)).state).toBe("opinions");
    expect((await refusal(step("jz", recordId, "director_approve"))).code).toBe("illegal_step");
    expect(await hasTask("yzk-kz", recordId)).toBe(false);
    for (const leader of ["fjz1", "fjz2", "fjz3"]) expect((await step(leader, recordId, "give_opinion", `同意（${leader}）`)).state).toBe("opinions");
    expect((await refusal(step("jz", recordId, "director_approve"))).code).toBe("illegal_step");
    // The director's own opinion is the last one; 审定 follows.
    expect((await step("jz", recordId, "give_opinion", "同意，提请审定。")).state).toBe("director_review");
    expect(await hasTask("jz", recordId)).toBe(true);
    expect((await step("jz", recordId, "director_approve")).state).toBe("approved");
    expect(await db().column.findUnique({ where: { slug } })).toBeNull();
    expect((await step("xxtjk", recordId, "apply")).state).toBe("effective");
    expect(await db().column.findUnique({ where: { slug } })).not.toBeNull();
    const opinions = await db().formEvent.findMany({ where: { recordId, action: "give_opinion" }, select: { detail: true } });
    const parties = opinions.map((e) => (e.detail as { party: string }).party).sort();
    expect(parties).toEqual([...CHIEFS.map((c) => `chief:${c.replace("-kz", "")}`), ...LEADERS.map((l) => `leader:${l}`)].sort());
  });

  it("runs an 初始设置 the same way: the opinions of all, then 审定", async () => {
    const recordId = await submit("initial", `a5-${uniq()}`);
    await step("fjz1", recordId, "deputy_approve");
    for (const who of [...LEADERS, ...CHIEFS]) await step(who, recordId, "give_opinion", "同意。");
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("director_review");
    expect((await step("jz", recordId, "director_approve")).state).toBe("approved");
  });

  it("refuses a second opinion from the same section or leader, a county account, a publisher and no session", async () => {
    const recordId = await submit("major", `a5-${uniq()}`);
    await step("fjz1", recordId, "deputy_approve");
    await step("yzk-kz", recordId, "give_opinion", "同意。");
    await step("fjz2", recordId, "give_opinion", "同意。");
    expect((await refusal(step("yzk-kz", recordId, "give_opinion", "再次同意"))).code).toBe("already_signed");
    expect((await refusal(step("fjz2", recordId, "give_opinion", "再次同意"))).code).toBe("already_signed");
    // A county bureau's reporter, a section's publishing account, an administrator: not parties.
    for (const u of ["rcq-xxy", "wsjds-xxy", "yzk", "sysadmin"]) expect((await refusal(step(u, recordId, "give_opinion", "意见"))).code, u).toMatch(/forbidden|not_found/);
    expect((await refusal(step(null, recordId, "give_opinion", "意见"))).code).toMatch(/unauthenticated|not_found/);
    // An opinion must say something.
    expect(await refusal(step("xck-kz", recordId, "give_opinion", ""))).toBeInstanceOf(AppError);
    // Two signatures of the nine, not one more: the record still waits in 征求意见.
    const rec = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    expect(rec.state).toBe("opinions");
    expect([...rec.signedParties].sort()).toEqual(["chief:yzk", "leader:fjz2"]);
    expect(await db().formEvent.count({ where: { recordId, action: "give_opinion" } })).toBe(2);
  });
});
