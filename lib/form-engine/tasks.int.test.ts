import { describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { myRecords, myTasks } from "./tasks";
import { actorOf } from "./test-actors";
import { transition } from "./transition";

const FORM = "publication-approval";

async function tasksOf(username: string) {
  return (await myTasks(db(), await actorOf(db(), username), { pageSize: 100 })).items;
}

describe("my tasks", () => {
  it("lists a record for exactly those who may act on it now, and drops it once they did", async () => {
    const column = await db().column.findUniqueOrThrow({ where: { slug: "blood-donation" } });
    const title = `待办测试 ${Date.now()}`;
    const step = async (u: string, action: string, recordId?: string) => {
      const version = recordId ? (await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).version : null;
      return transition(db(), await actorOf(db(), u), { formKey: FORM, recordId, action, version, data: recordId ? undefined : { secret: "no", title, body: "<p>x</p>", column: column.id, publishDate: "2026-11-26", special: "no" } });
    };
    const has = async (u: string) => (await tasksOf(u)).some((t) => t.title === title);

    const { recordId } = await step("yzk", "submit");
    expect(await has("yzk-kz")).toBe(true);
    expect((await tasksOf("yzk-kz")).find((t) => t.title === title)).toMatchObject({ state: "待科室领导审核", actions: ["审核通过", "退回修改"], sectionName: "医政科" });
    // Saving is not a task: the drafter has nothing to do while the chief reviews.
    for (const u of ["yzk", "fjz2", "jkk-kz", "xck"]) expect(await has(u), u).toBe(false);

    await step("yzk-kz", "chief_approve", recordId);
    expect(await has("yzk-kz")).toBe(false);
    expect(await has("fjz2")).toBe(true);
    expect(await has("fjz1")).toBe(false);

    await step("fjz2", "deputy_approve", recordId);
    await step("yzk", "push", recordId);
    expect(await has("xxtjk-kz")).toBe(true);
    expect(await has("xck-kz")).toBe(true);
    await step("xxtjk-kz", "finalize", recordId);
    // 信息统计科 signed and waits for 宣传科; a return is still possible but is not a task.
    expect(await has("xxtjk-kz")).toBe(false);
    expect((await tasksOf("xck-kz")).find((t) => t.title === title)?.actions).toEqual(["审定", "退回修改"]);
    await step("xck-kz", "finalize", recordId);
    // Published: withdrawal is possible, but nobody has a task.
    for (const u of ["xxtjk-kz", "xck-kz", "yzk"]) expect(await has(u), u).toBe(false);
  });

  it("lists in the records list only what the actor may see", async () => {
    const xck = await myRecords(db(), await actorOf(db(), "xck"), { form: FORM, pageSize: 100 });
    expect(xck.items.every((r) => r.sectionName === "宣传科")).toBe(true);
    const auditor = await myRecords(db(), await actorOf(db(), "auditor"));
    expect(auditor.items).toEqual([]);
    expect(auditor.total).toBe(0);
  });
});
