// The staff's letter list: open letters the actor handles (the office sees all of them, a
// handler those forwarded to it), by the engine's visibility rule, soonest deadline first.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { loadCalendar } from "@/lib/calendar/load";
import { MAILBOX_FORM_KEY, mailboxLetter } from "@/forms/mailbox-letter";
import { allowedActions, canView } from "@/lib/form-engine/authorize";
import { factsOf, recordInclude } from "@/lib/form-engine/records";
import { letterFacts, OPEN_STATES, urgencyOf, type LetterDeadline, type Urgency } from "./letters";

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
  const [records, cal] = await Promise.all([
    db.formRecord.findMany({ where: { formKey: MAILBOX_FORM_KEY, state: { in: OPEN_STATES } }, include: recordInclude, take: 1000 }),
    loadCalendar(db),
  ]);
  const rows: DashboardRow[] = [];
  for (const r of records) {
    const facts = factsOf(mailboxLetter, r);
    if (!canView(mailboxLetter, actor, facts)) continue;
    const lf = letterFacts(cal, r.events);
    rows.push({
      recordId: r.id, subject: r.title, state: mailboxLetter.states[r.state]?.label ?? r.state, receivedAt: lf.receivedAt,
      deadline: lf.deadline, urgency: urgencyOf(cal, lf.deadline.due, now), mine: allowedActions(mailboxLetter, actor, facts).some((a) => a.task !== false),
    });
  }
  return rows.sort((a, b) => a.deadline.due.localeCompare(b.deadline.due));
}
