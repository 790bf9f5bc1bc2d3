"use server";

import { runAction, type ActionState } from "@/lib/auth/action";
import { setCalendarDay, setYearAnnounced } from "@/lib/mailbox/calendar-admin";
import { revalidateMailbox } from "@/lib/mailbox/revalidate";

export async function saveDay(_previous: ActionState | null, form: FormData): Promise<ActionState> {
  const r = await runAction("/staff/calendar", (db, actor) =>
    setCalendarDay(db, actor, { date: String(form.get("date") ?? ""), kind: String(form.get("kind") ?? ""), name: String(form.get("name") ?? "") }));
  // The on-time rate on /mailbox/letters depends on the calendar.
  if (r.ok) revalidateMailbox();
  return r;
}

export async function saveYear(_previous: ActionState | null, form: FormData): Promise<ActionState> {
  const r = await runAction("/staff/calendar", (db, actor) => setYearAnnounced(db, actor, { year: String(form.get("year") ?? ""), announced: form.get("announced") === "yes" }));
  if (r.ok) revalidateMailbox();
  return r;
}
