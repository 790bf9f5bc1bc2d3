// What the browser gets of a definition: plain data for rendering and validating the form.
// No guards, effects, state functions or parties, and nothing a definition imported to build
// itself (seed data, database code): a server page projects the definition and passes this.
import type { ActionDef, DataField, FormDefinition } from "./types";

export type ClientAction = Pick<ActionDef, "key" | "label" | "opinion" | "defaultOpinion" | "edits" | "validate" | "tone">;

export interface ClientDefinition {
  key: string;
  title: string;
  fields: DataField[];
  actions: ClientAction[];
}

export function clientDefinition(def: FormDefinition, actionKeys?: readonly string[]): ClientDefinition {
  const actions = def.actions.filter((a) => !actionKeys || actionKeys.includes(a.key));
  return {
    key: def.key,
    title: def.title,
    fields: def.fields,
    actions: actions.map(({ key, label, opinion, defaultOpinion, edits, validate, tone }) => ({ key, label, opinion, defaultOpinion, edits, validate, tone })),
  };
}
