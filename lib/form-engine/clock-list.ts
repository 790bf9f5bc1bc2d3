// One overdue / due-soon list for every definition with clocks, decided in the database: the
// derived record_clocks rows joined with the records in open states on which the actor may act.
//
// "Who may act" is compiled here from the definitions' parties into SQL (actingSql). Issue 11
// item 6 compiles the same rule for 我的待办 in lib/form-engine/; once that builder lands this
// file should use it instead. Not compiled: an all-must-sign step the actor already signed is
// still listed for them until the others sign.
import { loadCalendar } from "@/lib/calendar/load";
import { addWorkingDays, beijingDate, type WorkCalendar } from "@/lib/calendar/working-days";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { FORMS } from "@/forms";
import type { ActorFacts } from "./authorize";
import { openStatesOf } from "./clock-rows";
import { urgencyOf, type Urgency } from "./clocks";
import type { ActionDef, ClockDef, Condition, FormDefinition, Party } from "./types";

const TRUE = Prisma.sql`TRUE`;
const FALSE = Prisma.sql`FALSE`;
const or = (xs: Prisma.Sql[]) => (xs.length ? Prisma.sql`(${Prisma.join(xs, " OR ")})` : FALSE);

function sectionOf(p: { sectionField?: string }): Prisma.Sql {
  return p.sectionField ? Prisma.sql`(r.data->>${p.sectionField})` : Prisma.sql`r."sectionId"`;
}

/** The SQL twin of partyMatches (authorize.ts) for one known actor. */
function partySql(p: Party, actor: ActorFacts): Prisma.Sql {
  const has = (role: string) => actor.roles.includes(role);
  switch (p.kind) {
    case "public":
    case "citizen":
      return FALSE; // a citizen's step is nobody's task on the staff side
    case "publisher":
      return has("publisher") ? Prisma.sql`${sectionOf(p)} = ${actor.sectionId}` : FALSE;
    case "chief":
      return has("section_chief") ? Prisma.sql`${sectionOf(p)} = ${actor.sectionId}` : FALSE;
    case "reporter":
      return has("reporter") ? Prisma.sql`${sectionOf(p)} = ${actor.sectionId}` : FALSE;
    case "publisherOf":
      return has("publisher") && actor.sectionId === p.sectionId ? TRUE : FALSE;
    case "chiefOf":
      return has("section_chief") && actor.sectionId === p.sectionId ? TRUE : FALSE;
    case "overseer":
      return Prisma.sql`s."overseerId" = ${actor.id}`;
    case "role":
      return has(p.role) ? TRUE : FALSE;
    case "finalizer":
      return has("finalizer") && actor.sectionId === p.sectionId ? TRUE : FALSE;
  }
}

function conditionSql(c: Condition | undefined): Prisma.Sql {
  if (!c) return TRUE;
  const v = Prisma.sql`coalesce(r.data->>${c.field}, '')`;
  if ("equals" in c) return Prisma.sql`${v} = ${c.equals}`;
  if ("notEquals" in c) return Prisma.sql`${v} <> ${c.notEquals}`;
  if ("in" in c) return c.in.length ? Prisma.sql`${v} IN (${Prisma.join(c.in)})` : FALSE;
  // columnIn: the chosen column's code (slug), as the engine resolves it on the server.
  return c.columnIn.length ? Prisma.sql`(SELECT slug FROM columns WHERE id = ${v}) IN (${Prisma.join(c.columnIn)})` : FALSE;
}

const byAny = (by: Party[], actor: ActorFacts) => or(by.map((p) => partySql(p, actor)));

/** Records of `def` (aliased r, its section s) awaiting a task step the actor may take. */
export function actingSql(def: FormDefinition, actor: ActorFacts): Prisma.Sql {
  const steps = def.actions.filter((a: ActionDef) => a.task !== false && a.from.some((f) => f !== "new"));
  return or(steps.map((a) => Prisma.sql`(r.state IN (${Prisma.join(a.from)}) AND ${conditionSql(a.when)} AND ${byAny(a.by, actor)})`));
}

/** Records of `def` the actor takes part in (canView). */
export function visibleSql(def: FormDefinition, actor: ActorFacts): Prisma.Sql {
  return or(def.actions.map((a) => byAny(a.by, actor)));
}

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
  const forms = (q.forms ?? FORMS).filter((f) => f.clocks?.length && (!q.formKeys || q.formKeys.includes(f.key)));
  if (forms.length === 0) return [];
  const cal = await loadCalendar(db);
  const today = beijingDate(now);
  const branches: Prisma.Sql[] = [];
  for (const def of forms) {
    const who = q.scope === "visible" ? visibleSql(def, actor) : actingSql(def, actor);
    for (const clock of def.clocks!) {
      const due = q.includeOnTrack ? TRUE : Prisma.sql`c.due < ${dueSoonBound(cal, clock, today)}::date`;
      branches.push(Prisma.sql`(r."formKey" = ${def.key} AND c."clockKey" = ${clock.key} AND r.state IN (${Prisma.join(openStatesOf(def))}) AND ${due} AND ${who})`);
    }
  }
  const mine = or(forms.map((def) => Prisma.sql`(r."formKey" = ${def.key} AND ${actingSql(def, actor)})`));
  const rows = await db.$queryRaw<{ id: string; formKey: string; title: string; state: string; registrationNumber: string | null; clockKey: string; due: Date; provisional: boolean; mine: boolean }[]>`
    SELECT r.id, r."formKey", r.title, r.state, r."registrationNumber", c."clockKey", c.due, c.provisional, ${mine} AS mine
    FROM record_clocks c
    JOIN form_records r ON r.id = c."recordId"
    LEFT JOIN sections s ON s.id = r."sectionId"
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
