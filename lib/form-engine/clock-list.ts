// One overdue / due-soon list for every definition with clocks, decided in the database: the
// derived record_clocks rows joined with the records in open states on which the actor may act.
//
// "Who may act" and "who may see" come from the one where-builder (record-where.ts), the same
// rule as 我的待办 and the records list.
import { loadCalendar } from "@/lib/calendar/load";
import { addWorkingDays, beijingDate, type WorkCalendar } from "@/lib/calendar/working-days";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { allForms } from "./registry";
import type { ActorFacts } from "./authorize";
import { openStatesOf } from "./clock-rows";
import { urgencyOf, type Urgency } from "./clocks";
import { taskPred, toSql, viewPred } from "./record-where";
import { listActor } from "./tasks";
import type { ClockDef, FormDefinition } from "./types";

const TRUE = Prisma.sql`TRUE`;
const or = (xs: Prisma.Sql[]) => (xs.length ? Prisma.sql`(${Prisma.join(xs, " OR ")})` : Prisma.sql`FALSE`);

export interface DueRow {
  recordId: string;
  formKey: string;
  formTitle: string;
  title: string;
  state: string;
  registrationNumber: string | null;
  clockKey: string;
  clockLabel: string;
  due: string;
  provisional: boolean;
  urgency: Urgency;
  /** The actor has a step to take on it now. */
  mine: boolean;
}

export interface DueQuery {
  /** "acting" (default): only records the actor must act on; "visible": every record they take part in. */
  scope?: "acting" | "visible";
  /** Also list clocks that are neither overdue nor due soon (the mailbox's full list). */
  includeOnTrack?: boolean;
  formKeys?: string[];
  limit?: number;
  forms?: readonly FormDefinition[];
}

/** The first day that is no longer "due soon": due dates before it are due soon or overdue. */
function dueSoonBound(cal: WorkCalendar, clock: ClockDef, today: string): string {
  const n = (clock.dueSoon ?? 3) + 1;
  if (clock.unit === "calendar") return new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return addWorkingDays(cal, today, n).due;
}

/** Overdue and due-soon clocks (soonest first) of the records the actor must act on. */
export async function dueClocks(db: Db, actor: ActorFacts, now = new Date(), q: DueQuery = {}): Promise<DueRow[]> {
  const forms = (q.forms ?? allForms()).filter((f) => f.clocks?.length && (!q.formKeys || q.formKeys.includes(f.key)));
  if (forms.length === 0) return [];
  const cal = await loadCalendar(db);
  const today = beijingDate(now);
  const la = await listActor(db, actor);
  const branches: Prisma.Sql[] = [];
  for (const def of forms) {
    const who = toSql(q.scope === "visible" ? viewPred(def, la) : taskPred(def, la));
    for (const clock of def.clocks!) {
      const due = q.includeOnTrack ? TRUE : Prisma.sql`c.due < ${dueSoonBound(cal, clock, today)}::date`;
      branches.push(Prisma.sql`(r."formKey" = ${def.key} AND c."clockKey" = ${clock.key} AND r.state IN (${Prisma.join(openStatesOf(def))}) AND ${due} AND ${who})`);
    }
  }
  const mine = or(forms.map((def) => Prisma.sql`(r."formKey" = ${def.key} AND ${toSql(taskPred(def, la))})`));
  const rows = await db.$queryRaw<{ id: string; formKey: string; title: string; state: string; registrationNumber: string | null; clockKey: string; due: Date; provisional: boolean; mine: boolean }[]>`
    SELECT r.id, r."formKey", r.title, r.state, r."registrationNumber", c."clockKey", c.due, c.provisional, ${mine} AS mine
    FROM record_clocks c
    JOIN form_records r ON r.id = c."recordId"
    WHERE c.status = 'running' AND c.due IS NOT NULL AND ${or(branches)}
    ORDER BY c.due, r.id
    LIMIT ${q.limit ?? 200}`;
  return rows.map((row) => {
    const def = forms.find((f) => f.key === row.formKey)!;
    const clock = def.clocks!.find((c) => c.key === row.clockKey);
    const due = row.due.toISOString().slice(0, 10);
    return {
      recordId: row.id, formKey: row.formKey, formTitle: def.title, title: row.title, state: def.states[row.state]?.label ?? row.state,
      registrationNumber: row.registrationNumber, clockKey: row.clockKey, clockLabel: clock?.label ?? row.clockKey, due, provisional: row.provisional,
      urgency: urgencyOf(cal, { due, unit: clock?.unit ?? "working", status: "running" }, now, clock?.dueSoon) ?? "on_track", mine: row.mine,
    };
  });
}
