import type { Guard } from "./types";

// Guards added by other features at start-up (e.g. the confidentiality keyword check of
// issue 7), keyed by "formKey/actionKey". They run after the definition's own guards.
// Kept on globalThis for the same reason as the form registry (registry.ts).
const holder = globalThis as { __portalGuards?: Map<string, Guard[]> };
const extra = (holder.__portalGuards ??= new Map<string, Guard[]>());

export function registerGuard(formKey: string, actionKey: string, guard: Guard): void {
  const k = `${formKey}/${actionKey}`;
  const list = extra.get(k) ?? [];
  if (!list.includes(guard)) list.push(guard);
  extra.set(k, list);
}

export function registeredGuards(formKey: string, actionKey: string): Guard[] {
  return extra.get(`${formKey}/${actionKey}`) ?? [];
}
