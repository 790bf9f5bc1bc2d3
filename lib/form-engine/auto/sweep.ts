// Automatic actions (ActionDef.auto): a step the definition lets the system take once it is due,
// e.g. 逾期不补正 the day after the 补正期限. The due records are chosen in the database; each is
// moved through the one transition path as the system (authorization, guards, record version,
// event and audit in one transaction), so a sweep is idempotent and two instances sweeping at
// once move each record once: the loser's version check fails and it is skipped.
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { todayInBeijing } from "@/lib/time/beijing";
import { allForms } from "../registry";
import { transition } from "../transition";
import type { ActionDef, FormDefinition } from "../types";

export interface SweepResult {
  done: { formKey: string; recordId: string; action: string }[];
  /** Due records another sweep or a person moved first, or a guard still refused. */
  skipped: number;
}

const BATCH = 200;

type Due = { id: string; version: number };

/** Records in the action's states whose date or clock has passed, oldest change first. */
function dueRecords(db: Db, def: FormDefinition, a: ActionDef & { auto: NonNullable<ActionDef["auto"]> }, today: string, after: string): Promise<Due[]> {
  const rule = a.auto;
  if ("afterDateField" in rule) {
    return db.$queryRaw<Due[]>`SELECT id, version FROM form_records
      WHERE "formKey" = ${def.key} AND state = ANY(${a.from}::text[]) AND id > ${after}
        AND coalesce(data->>${rule.afterDateField}, '') <> '' AND data->>${rule.afterDateField} < ${today}
      ORDER BY id LIMIT ${BATCH}`;
  }
  return db.$queryRaw<Due[]>`SELECT r.id, r.version FROM form_records r
    JOIN record_clocks c ON c."recordId" = r.id AND c."clockKey" = ${rule.clockOverdue}
    WHERE r."formKey" = ${def.key} AND r.state = ANY(${a.from}::text[]) AND r.id > ${after}
      AND c.status = 'running' AND c.due < ${today}::date
    ORDER BY r.id LIMIT ${BATCH}`;
}

export async function sweepDueActions(db: Db, now = new Date(), forms: readonly FormDefinition[] = allForms()): Promise<SweepResult> {
  const today = todayInBeijing(now);
  const result: SweepResult = { done: [], skipped: 0 };
  for (const def of forms) {
    for (const a of def.actions) {
      if (!a.auto) continue;
      const action = a as ActionDef & { auto: NonNullable<ActionDef["auto"]> };
      for (let after = ""; ; ) {
        const due = await dueRecords(db, def, action, today, after);
        for (const r of due) {
          try {
            await transition(db, null, { formKey: def.key, recordId: r.id, action: a.key, version: r.version }, { entry: "system" });
            result.done.push({ formKey: def.key, recordId: r.id, action: a.key });
          } catch (err) {
            // A refusal (moved by someone first, a guard that still says no) is not a fault: the
            // record is looked at again on the next sweep if it is still due.
            if (err instanceof AppError) {
              result.skipped++;
              if (err.code !== "stale" && err.code !== "illegal_step") console.warn(`automatic ${def.key}/${a.key} refused for record ${r.id}: ${err.code}`);
            } else console.error(`automatic ${def.key}/${a.key} failed for record ${r.id}`, err);
          }
        }
        if (due.length < BATCH) break;
        after = due.at(-1)!.id;
      }
    }
  }
  return result;
}
