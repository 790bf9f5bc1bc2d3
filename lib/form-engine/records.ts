// Loading records with what authorization needs to know about them.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordFacts } from "./authorize";
import type { FormData, FormDefinition } from "./types";

type Client = Db | Prisma.TransactionClient;

export interface EventLike {
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  actorName: string;
  opinion: string | null;
  createdAt: Date;
  detail: unknown;
}

/** Events since the latest start of a review cycle: the sign-offs that still count. */
export function currentCycle(def: FormDefinition, events: EventLike[]): EventLike[] {
  const starts = new Set(def.actions.filter((a) => a.startsCycle).map((a) => a.key));
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  let from = 0;
  sorted.forEach((e, i) => {
    if (starts.has(e.action)) from = i + 1;
  });
  return sorted.slice(from);
}

/** Parties that already signed an all-must-sign step taken in the record's current state. */
export function signedParties(def: FormDefinition, state: string, events: EventLike[]): string[] {
  const multi = new Set(def.actions.filter((a) => a.signing === "all").map((a) => a.key));
  const out: string[] = [];
  for (const e of currentCycle(def, events)) {
    const party = (e.detail as { party?: string } | null)?.party;
    if (multi.has(e.action) && e.fromState === state && party) out.push(party);
  }
  return out;
}

export const recordInclude = {
  section: { select: { id: true, name: true, overseerId: true } },
  events: { orderBy: { seq: "asc" } },
} satisfies Prisma.FormRecordInclude;

export async function loadRecord(db: Client, id: string) {
  return db.formRecord.findUnique({ where: { id }, include: recordInclude });
}

export type LoadedRecord = NonNullable<Awaited<ReturnType<typeof loadRecord>>>;

/** The facts of a record about to be created by the actor: in the actor's section. */
export async function creationFacts(db: Client, actor: { sectionId: string }): Promise<RecordFacts> {
  const section = await db.section.findUnique({ where: { id: actor.sectionId }, select: { overseerId: true } });
  return { state: "new", sectionId: actor.sectionId, overseerId: section?.overseerId ?? null, data: {}, signedParties: [] };
}

export function factsOf(def: FormDefinition, r: LoadedRecord): RecordFacts {
  return {
    state: r.state,
    sectionId: r.sectionId,
    overseerId: r.section?.overseerId ?? null,
    data: r.data as FormData,
    signedParties: signedParties(def, r.state, r.events),
  };
}
