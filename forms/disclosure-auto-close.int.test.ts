// 逾期不补正 taken by the system (ActionDef.auto, lib/form-engine/auto/sweep.ts) on real
// PostgreSQL: only once the 补正期限 has passed, through the one transition (event, audit,
// outcome code), once per record however often and however concurrently the sweep runs.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { sweepDueActions } from "@/lib/form-engine/auto/sweep";
import { citizenLetter } from "@/lib/form-engine/public/letter";
import { citizenAct } from "@/lib/form-engine/public/lookup";
import { pdfText } from "@/test/pdf-text";
import type { PublicDefinition } from "@/lib/form-engine/public/registry";
import { SYSTEM_ACTOR, transition } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";
import { DISCLOSURE_FORM_KEY } from "./disclosure-request";
import { apply, client, disclosureDef, stateOf, step, wallClock, type AppliedCase } from "./disclosure-request.test-kit";

let def: PublicDefinition;
beforeAll(() => {
  def = disclosureDef();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Registered 2026-09-28 and told on 10-08 to correct by 10-16. */
async function awaitingCorrection(): Promise<AppliedCase> {
  wallClock("2026-09-28");
  const c = await apply(def);
  await step("bgs", c.id, "register");
  wallClock("2026-10-08");
  await step("bgs", c.id, "correction_notice", { correctionItems: "请写明信息名称", correctionDue: "2026-10-16" });
  return c;
}

const closeEvents = (recordId: string) => db().formEvent.findMany({ where: { recordId, action: "close_no_correction" } });
const sweptIds = (r: Awaited<ReturnType<typeof sweepDueActions>>) => r.done.map((d) => d.recordId);

describe("逾期不补正, automatically", () => {
  it("is not taken on the last day of the period, and is taken the day after as the system, with the event, the outcome and the audit", async () => {
    const c = await awaitingCorrection();
    wallClock("2026-10-16");
    expect(sweptIds(await sweepDueActions(db()))).not.toContain(c.id);
    expect(await stateOf(c.id)).toBe("awaiting_correction");

    wallClock("2026-10-19");
    const r = await sweepDueActions(db());
    expect(r.done).toContainEqual({ formKey: DISCLOSURE_FORM_KEY, recordId: c.id, action: "close_no_correction" });
    const rec = await db().formRecord.findUniqueOrThrow({ where: { id: c.id } });
    expect(rec.state).toBe("closed_no_correction");
    expect((rec.data as Record<string, unknown>).outcome).toBe("other_no_correction"); // row 3.6.1 of table 三
    const [event] = await closeEvents(c.id);
    expect(event).toMatchObject({ actorId: null, actorName: SYSTEM_ACTOR, fromState: "awaiting_correction", toState: "closed_no_correction" });
    const audit = await db().auditEvent.findFirst({ where: { objectId: c.id, action: "form.transition", actorName: SYSTEM_ACTOR } });
    expect(audit?.detail).toMatchObject({ action: "close_no_correction", from: "awaiting_correction", to: "closed_no_correction" });
    expect(await db().recordClock.findUniqueOrThrow({ where: { recordId_clockKey: { recordId: c.id, clockKey: "reply" } } })).toMatchObject({ status: "stopped" });

    // The applicant can download the 告知书 of the close: Art. 30, dated the day it was closed.
    const letter = await pdfText((await citizenLetter(db(), def, { code: c.code, factor: c.factor, client: client() })).pdf);
    for (const s of [rec.registrationNumber!, "逾期未补正", "第三十条", "2026年10月19日"]) expect(letter).toContain(s);

    // Idempotent: a second sweep finds nothing more to do on it.
    expect(sweptIds(await sweepDueActions(db()))).not.toContain(c.id);
    expect(await closeEvents(c.id)).toHaveLength(1);
  });

  it("leaves a corrected application and one still within its period alone", async () => {
    const corrected = await awaitingCorrection();
    wallClock("2026-10-15");
    const v = (await db().formRecord.findUniqueOrThrow({ where: { id: corrected.id } })).version;
    await citizenAct(db(), def, { code: corrected.code, factor: corrected.factor, client: client(), action: "supply_correction", version: v, data: { correction: "2025年度" } });
    wallClock("2026-10-19");
    const waiting = await apply(def);
    await step("bgs", waiting.id, "register");
    await step("bgs", waiting.id, "correction_notice", { correctionItems: "请写明年份", correctionDue: "2026-10-30" });
    const ids = sweptIds(await sweepDueActions(db()));
    expect(ids).not.toContain(corrected.id);
    expect(ids).not.toContain(waiting.id);
    expect(await stateOf(corrected.id)).toBe("registered");
    expect(await stateOf(waiting.id)).toBe("awaiting_correction");
  });

  it("two instances sweeping at once close each due application once", async () => {
    const cases = [await awaitingCorrection(), await awaitingCorrection(), await awaitingCorrection()];
    wallClock("2026-10-20");
    const [a, b] = await Promise.all([sweepDueActions(db()), sweepDueActions(db())]);
    for (const c of cases) {
      expect(await stateOf(c.id)).toBe("closed_no_correction");
      expect(await closeEvents(c.id)).toHaveLength(1);
      expect([...sweptIds(a), ...sweptIds(b)].filter((id) => id === c.id)).toHaveLength(1);
    }
  });

  it("the system takes no action that is not declared automatic, and nobody signed out acts as the system", async () => {
    wallClock("2026-09-28");
    const c = await apply(def);
    const v = (await db().formRecord.findUniqueOrThrow({ where: { id: c.id } })).version;
    const asSystem = await transition(db(), null, { formKey: DISCLOSURE_FORM_KEY, recordId: c.id, action: "register", version: v }, { entry: "system" }).catch((e: unknown) => e);
    expect(asSystem).toBeInstanceOf(AppError);
    expect((asSystem as AppError).code).toBe("forbidden");
    const d = await awaitingCorrection();
    wallClock("2026-10-19");
    const v2 = (await db().formRecord.findUniqueOrThrow({ where: { id: d.id } })).version;
    // The staff path (no entry) signed out: not even told the case exists.
    const anonymous = await transition(db(), null, { formKey: DISCLOSURE_FORM_KEY, recordId: d.id, action: "close_no_correction", version: v2 }).catch((e: unknown) => e);
    expect((anonymous as AppError).code).toBe("not_found");
    expect(await stateOf(c.id)).toBe("received");
    expect(await stateOf(d.id)).toBe("awaiting_correction");
  });
});
