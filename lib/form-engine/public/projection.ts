// What the citizen sees of their case: the fields, derived values and events the definition's
// `citizenSees` lists, and the citizen actions open now. Nothing else leaves this module.
import { loadCalendar } from "@/lib/calendar/load";
import { beijingDate } from "@/lib/calendar/working-days";
import type { Db } from "@/lib/db/client";
import { computeClocks } from "../clocks";
import { letterOpen } from "../letters/compose";
import type { LoadedRecord } from "../records";
import { citizenClock, type CitizenClock } from "./clock-view";
import type { ActionDef, DataField, FormData } from "../types";
import type { PublicDefinition } from "./registry";

export interface CaseView {
  title: string;
  state: string;
  version: number;
  receivedAt: Date;
  fields: { key: string; label: string; value: string }[];
  events: { label: string; at: Date }[];
  /** The registration number and the day it was given, once given (citizenSees.registration). */
  registration: { numberLabel: string; number: string; dateLabel: string; date: string } | null;
  /** The declared clocks with their due day and how it was counted (citizenSees.clocks). */
  clocks: CitizenClock[];
  /** The case's letter (告知书) may be downloaded now. */
  letter: boolean;
  /** Citizen actions open now, with the fields each may write. */
  actions: { key: string; label: string; fields: DataField[]; opinion: ActionDef["opinion"] }[];
}

const shown = (inStates: string[] | undefined, state: string) => !inStates || inStates.includes(state);

function display(f: DataField, v: unknown, sectionName: (id: string) => string | undefined): string {
  if (v === undefined || v === null || v === "") return "";
  if (f.type === "choice") return f.options.find((o) => o.value === v)?.label ?? "";
  if (f.type === "yesNo") return v === "yes" ? "是" : v === "no" ? "否" : "";
  if (f.type === "section") return sectionName(String(v)) ?? "";
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === "object" && "name" in x ? String(x.name) : "")).filter(Boolean).join("、");
  return String(v);
}

function registrationOf(def: PublicDefinition, record: LoadedRecord): CaseView["registration"] {
  const r = def.public.citizenSees.registration;
  const on = def.numbering?.on;
  const given = on ? record.events.findLast((e) => e.action === on) : undefined;
  if (!r || !record.registrationNumber || !given) return null;
  return { numberLabel: r.numberLabel, number: record.registrationNumber, dateLabel: r.dateLabel, date: beijingDate(given.createdAt) };
}

async function clocksOf(db: Db, def: PublicDefinition, record: LoadedRecord, now = new Date()): Promise<CitizenClock[]> {
  const keys = def.public.citizenSees.clocks ?? [];
  if (!keys.length) return [];
  const cal = await loadCalendar(db);
  const stateLabel = (s: string) => def.states[s]?.label ?? s;
  return computeClocks(def, { state: record.state, data: record.data as FormData, events: record.events }, cal)
    .filter((c) => keys.includes(c.key))
    .map((c) => citizenClock(c, cal, now, stateLabel));
}

export async function projectCase(db: Db, def: PublicDefinition, record: LoadedRecord, actions: ActionDef[]): Promise<CaseView> {
  const sees = def.public.citizenSees;
  const data = record.data as FormData;
  const sections = await db.section.findMany({ select: { id: true, name: true } });
  const sectionName = (id: string) => sections.find((s) => s.id === id)?.name;
  const fields: CaseView["fields"] = [];
  for (const entry of sees.fields) {
    const { key, inStates } = typeof entry === "string" ? { key: entry, inStates: undefined } : entry;
    const f = def.fields.find((x) => x.key === key);
    if (!f || !shown(inStates, record.state)) continue;
    const value = display(f, data[key], sectionName);
    if (value) fields.push({ key, label: f.label, value });
  }
  for (const c of sees.computed ?? []) {
    if (!shown(c.inStates, record.state)) continue;
    const value = c.value(data, { sectionName });
    if (value) fields.push({ key: c.key, label: c.label, value });
  }
  const labels = new Map(sees.events.map((e) => (typeof e === "string" ? [e, def.actions.find((a) => a.key === e)?.label ?? e] : [e.action, e.label])));
  const events = record.events.filter((e) => labels.has(e.action)).map((e) => ({ label: labels.get(e.action)!, at: e.createdAt }));
  return {
    registration: registrationOf(def, record), clocks: await clocksOf(db, def, record), letter: letterOpen(def, record.state, "citizen"),
    title: record.title, state: def.states[record.state]?.label ?? record.state, version: record.version,
    receivedAt: record.events[0]?.createdAt ?? record.createdAt, fields, events,
    actions: actions.map((a) => ({ key: a.key, label: a.label, opinion: a.opinion, fields: def.fields.filter((f) => (a.edits ?? []).includes(f.key)) })),
  };
}
