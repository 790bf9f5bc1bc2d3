// "My tasks": every open record awaiting an action the actor may take, by the same rule the
// transition enforces.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { FORMS } from "@/forms";
import { allowedActions, canView } from "./authorize";
import { factsOf, recordInclude } from "./records";

export interface Task {
  recordId: string;
  formTitle: string;
  title: string;
  state: string;
  sectionName: string;
  updatedAt: Date;
  actions: string[];
}

function openStates(def: (typeof FORMS)[number]) {
  return Object.entries(def.states).filter(([, s]) => !s.terminal).map(([k]) => k);
}

async function visibleRecords(db: Db, actor: Actor, openOnly: boolean) {
  const out = [];
  for (const def of FORMS) {
    const records = await db.formRecord.findMany({
      where: { formKey: def.key, ...(openOnly ? { state: { in: openStates(def) } } : {}) },
      include: recordInclude,
      orderBy: { updatedAt: "desc" },
      take: 500,
    });
    for (const r of records) {
      const facts = factsOf(def, r);
      if (canView(def, actor, facts)) out.push({ def, record: r, facts });
    }
  }
  return out;
}

export async function myTasks(db: Db, actor: Actor): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const { def, record, facts } of await visibleRecords(db, actor, true)) {
    const actions = allowedActions(def, actor, facts);
    if (!actions.some((a) => a.task !== false)) continue;
    tasks.push({
      recordId: record.id, formTitle: def.title, title: record.title, state: def.states[record.state]?.label ?? record.state,
      sectionName: record.section?.name ?? "", updatedAt: record.updatedAt, actions: [...new Set(actions.map((a) => a.label))],
    });
  }
  return tasks;
}

/** Records the actor may see, newest first (the records list). */
export async function myRecords(db: Db, actor: Actor) {
  return (await visibleRecords(db, actor, false)).map(({ def, record }) => ({
    recordId: record.id, formTitle: def.title, title: record.title, state: def.states[record.state]?.label ?? record.state,
    sectionName: record.section?.name ?? "", updatedAt: record.updatedAt,
  }));
}
