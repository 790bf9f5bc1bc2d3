// The derived record_clocks rows (one per record and clock) that lists read: written inside
// each transition, and rewritten for every open record when the calendar is corrected, so a
// correction moves every deadline at once.
import { loadCalendar } from "@/lib/calendar/load";
import type { WorkCalendar } from "@/lib/calendar/working-days";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allForms } from "./registry";
import { computeClocks } from "./clocks";
import type { EventLike } from "./records";
import type { FormData, FormDefinition } from "./types";

type Client = Db | Prisma.TransactionClient;

export interface ClockRecord {
  recordId: string;
  state: string;
  data: FormData;
  events: readonly EventLike[];
}

export async function writeClockRows(tx: Client, def: FormDefinition, rec: ClockRecord, cal: WorkCalendar): Promise<void> {
  for (const c of computeClocks(def, rec, cal)) {
    const due = c.due ? new Date(`${c.due}T00:00:00Z`) : null;
    await tx.$executeRaw`INSERT INTO record_clocks ("recordId", "clockKey", "formKey", status, due, provisional, "updatedAt")
      VALUES (${rec.recordId}, ${c.key}, ${def.key}, ${c.status}, ${due}::date, ${c.provisional}, now())
      ON CONFLICT ("recordId", "clockKey") DO UPDATE SET status = EXCLUDED.status, due = EXCLUDED.due,
        provisional = EXCLUDED.provisional, "updatedAt" = now()`;
  }
}

export const openStatesOf = (def: FormDefinition) => Object.entries(def.states).filter(([, s]) => !s.terminal).map(([k]) => k);

const PAGE = 500;

/**
 * Rewrites the clock rows of every open record of every definition with clocks, from the
 * calendar as `tx` sees it (call it inside the transaction that corrects the calendar).
 * Returns how many records were recomputed.
 */
export async function recomputeOpenClocks(tx: Client, forms: readonly FormDefinition[] = allForms()): Promise<number> {
  const cal = await loadCalendar(tx);
  let n = 0;
  for (const def of forms.filter((f) => f.clocks?.length)) {
    let cursor: string | undefined;
    for (;;) {
      const page = await tx.formRecord.findMany({
        where: { formKey: def.key, state: { in: openStatesOf(def) }, ...(cursor ? { id: { gt: cursor } } : {}) },
        select: { id: true, state: true, data: true, events: { orderBy: { seq: "asc" } } },
        orderBy: { id: "asc" },
        take: PAGE,
      });
      for (const r of page) await writeClockRows(tx, def, { recordId: r.id, state: r.state, data: r.data as FormData, events: r.events }, cal);
      n += page.length;
      if (page.length < PAGE) break;
      cursor = page.at(-1)!.id;
    }
  }
  return n;
}
