// /mailbox/letters: published letters (the writer consented) and monthly statistics. Only
// what may be public leaves this module: never the writer's name, phone, email or address.
import { unstable_cache } from "next/cache";
import { getDb, type Db } from "@/lib/db/client";
import { loadCalendar } from "@/lib/calendar/load";
import { beijingDate, workingDaysBetween } from "@/lib/calendar/working-days";
import { MAILBOX_FORM_KEY, mailboxLetter } from "@/forms/mailbox-letter";
import type { FormData } from "@/lib/form-engine/types";
import { ANSWERED_STATES, answeringDept, letterFacts } from "./letters";

export const MAILBOX_TAG = "mailbox-letters";

export interface PublicLetter {
  id: string;
  box: string;
  category: string;
  subject: string;
  content: string;
  receivedDate: string;
  answeredDate: string;
  dept: string;
  reply: string;
}

export interface MonthStats {
  month: string;
  received: number;
  answered: number;
  onTime: number;
  /** Share of the month's answers given within the deadline, 0–100; null without answers. */
  onTimeRate: number | null;
  avgWorkingDays: number | null;
}

const labelOf = (key: string, value: unknown) => {
  const f = mailboxLetter.fields.find((x) => x.key === key);
  return f?.type === "choice" ? (f.options.find((o) => o.value === value)?.label ?? "") : "";
};

export async function loadPublicMailbox(db: Db): Promise<{ letters: PublicLetter[]; stats: MonthStats[] }> {
  const [records, sections, cal] = await Promise.all([
    db.formRecord.findMany({ where: { formKey: MAILBOX_FORM_KEY }, include: { events: { orderBy: { seq: "asc" } } }, orderBy: { createdAt: "desc" } }),
    db.section.findMany({ select: { id: true, name: true } }),
    loadCalendar(db),
  ]);
  const sectionName = (id: string) => sections.find((s) => s.id === id)?.name;
  const letters: PublicLetter[] = [];
  const months = new Map<string, MonthStats & { days: number[] }>();
  const month = (m: string) => {
    let s = months.get(m);
    if (!s) months.set(m, (s = { month: m, received: 0, answered: 0, onTime: 0, onTimeRate: null, avgWorkingDays: null, days: [] }));
    return s;
  };
  for (const r of records) {
    const facts = letterFacts(cal, r.events);
    month(beijingDate(facts.receivedAt).slice(0, 7)).received++;
    if (!ANSWERED_STATES.includes(r.state) || !facts.answeredAt) continue;
    const answered = beijingDate(facts.answeredAt);
    const s = month(answered.slice(0, 7));
    s.answered++;
    if (answered <= facts.deadline.due) s.onTime++;
    s.days.push(workingDaysBetween(cal, beijingDate(facts.receivedAt), answered));
    const data = r.data as FormData;
    if (r.state !== "published" || data.consent !== "yes") continue;
    letters.push({
      id: r.id, box: labelOf("box", data.box), category: labelOf("category", data.category), subject: r.title, content: String(data.content ?? ""),
      receivedDate: beijingDate(facts.receivedAt), answeredDate: answered, dept: answeringDept(data, sectionName), reply: String(data.reply ?? ""),
    });
  }
  letters.sort((a, b) => b.answeredDate.localeCompare(a.answeredDate));
  const stats = [...months.values()]
    .map(({ days, ...s }) => ({
      ...s,
      onTimeRate: s.answered ? Math.round((s.onTime / s.answered) * 1000) / 10 : null,
      avgWorkingDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
    }))
    .sort((a, b) => b.month.localeCompare(a.month));
  return { letters, stats };
}

/** Cached: a visitor's request does no database work; 审核通过 refreshes it (forms/effects.ts). */
export const getPublicMailbox = unstable_cache(() => loadPublicMailbox(getDb()), ["public-mailbox"], { tags: [MAILBOX_TAG] });
