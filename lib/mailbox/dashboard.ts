// The staff's letter list: open letters the actor takes part in (the office sees all of them, a
// handler those forwarded to it), soonest deadline first. The list is decided in the database
// by the generic clock list (lib/form-engine/clock-list.ts) over the reply clock declared on
// forms/mailbox-letter.ts; each listed letter's deadline explanation comes from its events.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { loadCalendar } from "@/lib/calendar/load";
import { MAILBOX_FORM_KEY } from "@/forms/mailbox-letter";
import { dueClocks } from "@/lib/form-engine/clock-list";
import type { Urgency } from "@/lib/form-engine/clocks";
import { letterFacts, type LetterDeadline } from "./letters";

export interface DashboardRow {
  recordId: string;
  subject: string;
  state: string;
  receivedAt: Date;
  deadline: LetterDeadline;
  urgency: Urgency;
  /** The actor has a step to take on it now. */
  mine: boolean;
}

export async function letterDashboard(db: Db, actor: Actor, now = new Date()): Promise<DashboardRow[]> {
  const rows = await dueClocks(db, actor, now, { formKeys: [MAILBOX_FORM_KEY], scope: "visible", includeOnTrack: true, limit: 1000 });
  const [events, cal] = await Promise.all([
    db.formEvent.findMany({ where: { recordId: { in: rows.map((r) => r.recordId) } }, orderBy: { seq: "asc" } }),
    loadCalendar(db),
  ]);
  const byRecord = new Map<string, typeof events>();
  for (const e of events) byRecord.set(e.recordId, [...(byRecord.get(e.recordId) ?? []), e]);
  return rows.map((r) => {
    const lf = letterFacts(cal, byRecord.get(r.recordId) ?? []);
    return { recordId: r.recordId, subject: r.title, state: r.state, receivedAt: lf.receivedAt, deadline: lf.deadline, urgency: r.urgency, mine: r.mine };
  });
}
