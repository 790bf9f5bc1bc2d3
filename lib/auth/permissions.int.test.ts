// The one permission entry point answers role permissions and workflow parties alike.
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/form-engine/test-actors";
import { db } from "@/test/integration/db";
import type { Actor } from "./login";
import { allowed } from "./permissions";

let recordId = "";
const as = (u: string) => actorOf(db(), u);

beforeAll(async () => {
  const rec = await db().formRecord.create({
    data: { formKey: "publication-approval", state: "chief_review", sectionId: "yzk", title: "权限入口测试", data: { secret: "no", special: "no", title: "权限入口测试" } },
  });
  recordId = rec.id;
});

describe("allowed()", () => {
  it("answers role permissions from the table in can.ts", async () => {
    expect(await allowed(await as("auditor"), { permission: "audit.read" })).toBe(true);
    expect(await allowed(await as("sysadmin"), { permission: "audit.read" })).toBe(false);
    expect(await allowed(null, { permission: "password.change_own" })).toBe(false);
  });

  it("answers who may start a form from the definition's parties", async () => {
    expect(await allowed(await as("yzk"), { start: "publication-approval" })).toBe(true);
    expect(await allowed(await as("yzk-kz"), { start: "publication-approval" })).toBe(false);
    expect(await allowed(await as("xxtjk"), { start: "column-assignment" })).toBe(true);
    expect(await allowed(await as("yzk"), { start: "column-assignment" })).toBe(false);
    expect(await allowed(await as("yzk"), { start: "no-such-form" })).toBe(false);
  });

  it("answers who may see and act on a record", async () => {
    const chief: Actor = await as("yzk-kz");
    expect(await allowed(chief, { view: recordId })).toBe(true);
    expect(await allowed(chief, { act: "chief_approve", on: recordId })).toBe(true);
    expect(await allowed(await as("xck-kz"), { act: "chief_approve", on: recordId })).toBe(false);
    expect(await allowed(await as("jkk-kz"), { view: recordId })).toBe(false);
    expect(await allowed(await as("auditor"), { view: recordId })).toBe(false);
    expect(await allowed(null, { view: recordId })).toBe(false);
    expect(await allowed(chief, { view: "no-such-record" })).toBe(false);
  });
});
