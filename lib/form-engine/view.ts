// What a staff page needs to show a record (or a new one) to one actor.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { allowedActions, canView, type RecordFacts } from "./authorize";
import { loadConditionContext } from "./condition-context";
import { columnOptionName, columnTreeOptions, responsibleColumns, sectionOptions } from "./options";
import { todayInBeijing } from "@/lib/time/beijing";
import { reportingTargets } from "@/lib/org/reporting";
import { creationFacts, factsOf, loadRecord } from "./records";
import { getForm } from "./registry";
import { emptyData } from "./schema";
import type { FormDefinition } from "./types";
import { cannotStartMessage } from "./start-refusal";


const picksColumnCodes = (def: FormDefinition) =>
  def.fields.some((f) => (f.type === "text" && f.picker === "columnCode") || (f.type === "table" && f.columns.some((c) => c.type === "text" && c.picker === "columnCode")));

async function pickers(db: Db, sectionId: string, def: FormDefinition) {
  const wantsTree = picksColumnCodes(def);
  // A form whose section field is limited to the 业务归口 offers only those sections (section-check.ts checks it).
  const reporting = def.fields.some((f) => f.type === "section" && f.reportingOnly);
  const [columns, sections, columnTree, conditions] = await Promise.all([responsibleColumns(db, sectionId), reporting ? reportingTargets(db, sectionId) : sectionOptions(db), wantsTree ? columnTreeOptions(db) : [], loadConditionContext(db)]);
  return { columns: columns.map((c) => ({ id: c.id, name: columnOptionName(c), slug: c.slug, ancestors: conditions.columnAncestors?.[c.id] ?? [] })), sections, columnTree };
}

/** The record as the actor may see it, or null (not found and not allowed read the same). */
export async function recordView(db: Db, actor: Actor, id: string) {
  const record = await loadRecord(db, id);
  const def = record && getForm(record.formKey);
  if (!record || !def) return null;
  const facts = factsOf(def, record);
  if (!canView(def, actor, facts)) return null;
  const actions = allowedActions(def, actor, facts);
  return { def, record, actionKeys: actions.map((a) => a.key), ...(await pickers(db, record.sectionId ?? actor.sectionId, def)) };
}

/** A blank record of the form for the actor, or null when they may not create one. */
export async function newRecordView(db: Db, actor: Actor, formKey: string) {
  const def = getForm(formKey);
  if (!def) return null;
  const data = emptyData(def, todayInBeijing());
  for (const f of def.fields) {
    if (f.type === "actorName") data[f.key] = actor.displayName;
    if (f.type === "actorSection") data[f.key] = actor.sectionName;
  }
  const facts: RecordFacts = { ...(await creationFacts(db, actor)), data };
  const actions = allowedActions(def, actor, facts);
  if (actions.length === 0) return { def, data, actionKeys: [], refusal: cannotStartMessage(def), columns: [], sections: [], columnTree: [] };
  return { def, data, actionKeys: actions.map((a) => a.key), refusal: null, ...(await pickers(db, actor.sectionId, def)) };
}
