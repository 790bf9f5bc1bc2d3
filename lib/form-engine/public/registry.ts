// The definitions with a public entry. The one place this module reads the registry, so that
// it follows wherever the registry lives.
import { allForms, getForm } from "../registry";
import type { FormDefinition } from "../types";
import type { PublicStart } from "./types";

export type PublicDefinition = FormDefinition & { public: PublicStart };

export function publicDefinitions(): PublicDefinition[] {
  return allForms().filter((f): f is PublicDefinition => !!f.public);
}

export function publicDefinitionBySlug(slug: string): PublicDefinition | undefined {
  return publicDefinitions().find((f) => f.public.slug === slug);
}

export function publicDefinition(formKey: string): PublicDefinition | undefined {
  const f = getForm(formKey);
  return f?.public ? (f as PublicDefinition) : undefined;
}

/** The fields of the public start form: what the start action may write. */
export function startFields(def: PublicDefinition) {
  const action = def.actions.find((a) => a.key === def.public.start);
  const edits = new Set(action?.edits ?? []);
  return def.fields.filter((f) => edits.has(f.key));
}
