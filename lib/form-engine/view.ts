// What a staff page needs to show a record (or a new one) to one actor.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { getForm } from "@/forms";
import { allowedActions, canView, type RecordFacts } from "./authorize";
import { columnTreeOptions, responsibleColumns, sectionOptions } from "./options";
import { factsOf, loadRecord } from "./records";
import { emptyData } from "./schema";
import type { FormDefinition } from "./types";

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const picksColumnCodes = (def: FormDefinition) =>
  def.fields.some((f) => (f.type === "text" && f.picker === "columnCode") || (f.type === "table" && f.columns.some((c) => c.type === "text" && c.picker === "columnCode")));

async function pickers(db: Db, sectionId: string, def: FormDefinition) {
  const wantsTree = picksColumnCodes(def);
  const [columns, sections, columnTree] = await Promise.all([responsibleColumns(db, sectionId), sectionOptions(db), wantsTree ? columnTreeOptions(db) : []]);
  return { columns: columns.map((c) => ({ id: c.id, name: c.name, slug: c.slug })), sections, columnTree };
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
  const section = await db.section.findUnique({ where: { id: actor.sectionId }, select: { overseerId: true, name: true } });
  const data = emptyData(def, today());
  for (const f of def.fields) {
    if (f.type === "actorName") data[f.key] = actor.displayName;
    if (f.type === "actorSection") data[f.key] = section?.name ?? actor.sectionName;
  }
  const facts: RecordFacts = { state: "new", sectionId: actor.sectionId, overseerId: section?.overseerId ?? null, data, signedParties: [] };
  const actions = allowedActions(def, actor, facts);
  if (actions.length === 0) return { def, data, actionKeys: [], columns: [], sections: [], columnTree: [] };
  return { def, data, actionKeys: actions.map((a) => a.key), ...(await pickers(db, actor.sectionId, def)) };
}
