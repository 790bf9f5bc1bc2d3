// Issue 15 item 1 / issue 11 item 1: the staff action path (lib/form-engine/staff-actions.ts →
// staffTransition) refuses every call without a signed-in actor, for every action of every
// registered definition, the public ones included; public steps go only through the public entry.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { allForms } from "./registry";
import { MAILBOX_FORM_KEY } from "@/forms/mailbox-letter";
import { SIGN_IN_FIRST, staffTransition } from "./staff-entry";
import { actorOf } from "./test-actors";

const letter = () => ({ box: "leader", name: "攻击者", phone: "13800000000", category: "other", subject: `匿名 ${randomUUID().slice(0, 8)}`, content: "批量提交", consent: "no" });

/** A stored record of the form in one of the action's from-states, to aim the call at. */
async function target(formKey: string, state: string) {
  return db().formRecord.create({ data: { formKey, state, sectionId: "yzk", data: {}, title: `会话测试 ${randomUUID().slice(0, 8)}` } });
}

describe("the staff action path without a session", () => {
  it("refuses every action of every registered definition and changes nothing", async () => {
    let calls = 0;
    for (const def of allForms()) {
      for (const action of def.actions) {
        for (const from of action.from) {
          const before = await db().formRecord.count({ where: { formKey: def.key } });
          const rec = from === "new" ? null : await target(def.key, from);
          const r = await staffTransition(db(), null, { formKey: def.key, recordId: rec?.id ?? null, action: action.key, version: rec?.version ?? null, data: letter(), opinion: "x" });
          calls++;
          expect(r, `${def.key}/${action.key} from ${from}`).toEqual({ ok: false, message: SIGN_IN_FIRST });
          expect(await db().formRecord.count({ where: { formKey: def.key } })).toBe(before + (rec ? 1 : 0));
          if (rec) {
            const after = await db().formRecord.findUniqueOrThrow({ where: { id: rec.id }, include: { events: true } });
            expect([after.state, after.version, after.events.length]).toEqual([from, rec.version, 0]);
            // Fixture records are moved to a key nothing lists (form events would forbid deleting).
            await db().formRecord.update({ where: { id: rec.id }, data: { formKey: "staff-entry-fixture" } });
          }
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(allForms().reduce((n, d) => n + d.actions.length, 0));
  });

  it("stores none of 200 anonymous letters posted to the staff action (the attack of issue 15 item 1)", async () => {
    const before = await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY } });
    const results = await Promise.all(Array.from({ length: 200 }, () => staffTransition(db(), null, { formKey: MAILBOX_FORM_KEY, action: "submit", data: letter() })));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY } })).toBe(before);
  });

  it("refuses a public step to a signed-in actor too: it has its own entry with its protections", async () => {
    const before = await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY } });
    for (const u of ["bgs", "yzk", "sysadmin"]) {
      const r = await staffTransition(db(), await actorOf(db(), u), { formKey: MAILBOX_FORM_KEY, action: "submit", data: letter() });
      expect(r.ok, u).toBe(false);
    }
    expect(await db().formRecord.count({ where: { formKey: MAILBOX_FORM_KEY } })).toBe(before);
  });
});
