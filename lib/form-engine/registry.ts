// The engine's registry of form definitions and named effects. Definitions live in forms/ and
// register themselves here (forms/server.ts); the engine never imports forms/.
//
// The store sits on globalThis: Next.js bundles each route (and instrumentation.ts) on its own,
// so this module can be evaluated more than once in one server process. Every copy must see
// the definitions registered once at start-up.
import type { ActionDef, Effect, FormDefinition } from "./types";

interface Store {
  forms: Map<string, FormDefinition>;
  effects: Map<string, Effect>;
}

const holder = globalThis as { __portalFormRegistry?: Store };
const store: Store = (holder.__portalFormRegistry ??= { forms: new Map(), effects: new Map() });

export function registerForm(def: FormDefinition): void {
  const known = store.forms.get(def.key);
  if (known && known !== def) throw new Error(`form ${def.key} is registered twice`);
  store.forms.set(def.key, def);
}

/** Takes a definition out again: for tests that register a definition of their own. */
export function unregisterForm(key: string): void {
  store.forms.delete(key);
}

export function registerEffect(effect: Effect): void {
  store.effects.set(effect.name, effect);
}

function registered(): Map<string, FormDefinition> {
  // An empty registry is a wiring bug (a server entry point that never loaded forms/server.ts),
  // never "nobody has anything to do": say so instead of answering with empty lists.
  if (store.forms.size === 0) throw new Error("no form definitions registered: import \"@/forms/server\" in this entry point");
  return store.forms;
}

export function getForm(key: string): FormDefinition | undefined {
  return registered().get(key);
}

/** Every registered definition, in registration order. */
export function allForms(): FormDefinition[] {
  return [...registered().values()];
}

export function effectsOf(action: ActionDef): Effect[] {
  return (action.effects ?? []).map((name) => {
    const e = store.effects.get(name);
    if (!e) throw new Error(`unknown effect ${name} in action ${action.key}`);
    return e;
  });
}
