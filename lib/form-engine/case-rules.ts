// What a definition declares about time and uniqueness on its actions, checked inside the one
// transition: `within` (only so many days after a clock's start or an earlier action), `once`
// (at most once per case), extension limits; and what the transaction writes besides the event:
// the registration number and the derived clock rows.
import { loadCalendar } from "@/lib/calendar/load";
import { addWorkingDays, beijingDate, type WorkCalendar } from "@/lib/calendar/working-days";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeClockRows, type ClockRecord } from "./clock-rows";
import { computeClocks, type ClockState } from "./clocks";
import { FieldErrors } from "./errors";
import { assignNumber } from "./numbering";
import type { EventLike } from "./records";
import type { ActionDef, FormData, FormDefinition, WithinRule } from "./types";

export interface CaseContext {
  cal: WorkCalendar | null;
  events: readonly EventLike[];
  clocks: ClockState[];
  now: Date;
}

const needsCalendar = (def: FormDefinition) => Boolean(def.clocks?.length || def.actions.some((a) => a.within));

/** The events, clocks and time a guard may read; the calendar is loaded only when the definition uses it. */
export async function caseContext(db: Db, def: FormDefinition, existing: { state: string; data: unknown; events: EventLike[] } | null, now = new Date()): Promise<CaseContext> {
  const events = existing?.events ?? [];
  const cal = needsCalendar(def) ? await loadCalendar(db) : null;
  const clocks = cal && existing ? computeClocks(def, { state: existing.state, data: existing.data as FormData, events }, cal) : [];
  return { cal, events, clocks, now };
}

const latest = (events: readonly EventLike[], action: string) => [...events].sort((a, b) => b.seq - a.seq).find((e) => e.action === action) ?? null;

function checkWithin(def: FormDefinition, a: ActionDef, rule: WithinRule, c: CaseContext) {
  let from: string | null;
  let what: string;
  if ("clock" in rule) {
    const clock = c.clocks.find((x) => x.key === rule.clock);
    from = clock?.startedOn ?? null;
    what = clock?.startedBy ?? def.clocks?.find((x) => x.key === rule.clock)?.label ?? rule.clock;
  } else {
    const e = latest(c.events, rule.after);
    from = e ? beijingDate(e.createdAt) : null;
    what = def.actions.find((x) => x.key === rule.after)?.label ?? rule.after;
  }
  if (!from) throw new AppError("too_early", `须在“${what}”之后才能“${a.label}”。`);
  const working = "workingDays" in rule;
  const n = working ? rule.workingDays : rule.calendarDays;
  const last = working ? addWorkingDays(c.cal!, from, n).due : new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  if (beijingDate(c.now) > last)
    throw new AppError("too_late", `“${a.label}”应在“${what}”（${from}）后${n}${working ? "个工作日" : "日"}内办理，期限已于 ${last} 届满，不能再“${a.label}”。`);
}

function checkExtension(def: FormDefinition, a: ActionDef, data: FormData, c: CaseContext) {
  for (const clock of def.clocks ?? []) {
    const ext = clock.extendedBy;
    if (!ext || ext.action !== a.key) continue;
    const state = c.clocks.find((x) => x.key === clock.key);
    if (!state || state.status === "not_started" || state.status === "stopped") throw new AppError("clock_not_running", `${clock.label}未在计算中，不能“${a.label}”。`);
    if (state.extensions.length >= ext.max) throw new AppError("extension_limit", `${clock.label}最多延长${ext.max}次，本事项已经延长过，不能再“${a.label}”。`);
    if (ext.daysField) {
      const n = Number(data[ext.daysField]);
      if (!Number.isInteger(n) || n < 1 || n > ext.days)
        throw new FieldErrors({ [ext.daysField]: `延长期限应为1到${ext.days}${clock.unit === "calendar" ? "日" : "个工作日"}。` });
    }
  }
}

/** Refuses the action with a Chinese message when a declared time or count rule forbids it. */
export function checkCaseRules(def: FormDefinition, a: ActionDef, data: FormData, c: CaseContext): void {
  if (a.once && c.events.some((e) => e.action === a.key)) throw new AppError("once", `此事项已经“${a.label}”，每件只能“${a.label}”一次。`);
  if (a.within) checkWithin(def, a, a.within, c);
  checkExtension(def, a, data, c);
}

/** Inside the transition's transaction, after the event is written. */
export async function writeCaseRows(tx: Prisma.TransactionClient, def: FormDefinition, a: ActionDef, rec: ClockRecord, c: CaseContext): Promise<void> {
  if (def.numbering?.on === a.key) await assignNumber(tx, def.key, def.numbering, rec.recordId, c.now);
  if (def.clocks?.length && c.cal) await writeClockRows(tx, def, rec, c.cal);
}
