// The one place that decides who may take which action on which record. Everything else
// (buttons, "my tasks", the server transition, record visibility) asks these functions.
import { AppError } from "@/lib/errors";
import { holds } from "./define";
import type { ActionDef, FormData, FormDefinition, Party } from "./types";

export interface ActorFacts {
  id: string;
  username?: string;
  displayName?: string;
  sectionId: string;
  roles: readonly string[];
}

/** What authorization needs to know about a record (or a record about to be created). */
export interface RecordFacts {
  state: string; // "new" before the record exists
  sectionId: string | null;
  /** The deputy director overseeing the record's section. */
  overseerId: string | null;
  data: FormData;
  /** Parties (partyId) that already signed an all-must-sign step in the current state. */
  signedParties: string[];
  /** Set only by the public entries (lib/form-engine/public/): "public" for a start through the
   * definition's public page, "citizen" for the looked-up case's own citizen; "system" only for
   * the sweeper of due automatic actions (lib/form-engine/auto/sweep.ts). */
  entry?: "public" | "citizen" | "system";
}

export function partyId(p: Party): string {
  switch (p.kind) {
    case "role":
      return `role:${p.role}`;
    case "finalizer":
      return `finalizer:${p.sectionId}`;
    case "publisherOf":
      return `publisher:${p.sectionId}`;
    case "chiefOf":
      return `chief:${p.sectionId}`;
    case "leader":
      return `leader:${p.username}`;
    default:
      return p.kind;
  }
}

/** The section a publisher/chief party refers to: the record's, or one chosen in a field. */
function partySection(p: { sectionField?: string }, rec: RecordFacts): string | null {
  if (!p.sectionField) return rec.sectionId;
  const v = rec.data[p.sectionField];
  return typeof v === "string" && v ? v : null;
}

/** A bureau leader (局领导): the director or a deputy director. */
export const isLeader = (roles: readonly string[]) => roles.includes("director") || roles.includes("deputy_director");

export function partyMatches(p: Party, actor: ActorFacts | null, rec: RecordFacts): boolean {
  if (p.kind === "public") return rec.entry === "public";
  if (p.kind === "citizen") return !actor && rec.entry === "citizen";
  if (!actor) return false;
  switch (p.kind) {
    case "publisher": {
      const s = partySection(p, rec);
      return actor.roles.includes("publisher") && s !== null && actor.sectionId === s;
    }
    case "chief": {
      const s = partySection(p, rec);
      return actor.roles.includes("section_chief") && s !== null && actor.sectionId === s;
    }
    case "publisherOf":
      return actor.roles.includes("publisher") && actor.sectionId === p.sectionId;
    case "chiefOf":
      return actor.roles.includes("section_chief") && actor.sectionId === p.sectionId;
    case "reporter": {
      const s = partySection(p, rec);
      return actor.roles.includes("reporter") && s !== null && actor.sectionId === s;
    }
    case "overseer":
      return rec.overseerId !== null && actor.id === rec.overseerId;
    case "role":
      return actor.roles.includes(p.role);
    case "finalizer":
      return actor.roles.includes("finalizer") && actor.sectionId === p.sectionId;
    case "leader":
      return isLeader(actor.roles) && actor.username === p.username;
  }
}

/** The party the actor would sign for, or null when the action is not theirs. */
export function actingParty(a: ActionDef, actor: ActorFacts | null, rec: RecordFacts): Party | null {
  const mine = a.by.filter((p) => partyMatches(p, actor, rec));
  if (a.signing === "all") return mine.find((p) => !rec.signedParties.includes(partyId(p))) ?? null;
  return mine[0] ?? null;
}

type Refusal = { code: string; message: string };

function refusal(def: FormDefinition, a: ActionDef | undefined, actor: ActorFacts | null, rec: RecordFacts): Refusal | null {
  if (!a) return { code: "unknown_action", message: "没有这个操作。" };
  // The system takes only actions declared automatic, in their states; nobody else acts as it.
  if (!actor && rec.entry === "system") {
    return a.auto && a.from.includes(rec.state) && holds(a.when, rec.data) ? null : { code: "forbidden", message: `“${a.label}”不能自动办理。` };
  }
  if (!actor && !a.by.some((p) => p.kind === "public" || p.kind === "citizen")) return { code: "unauthenticated", message: "请先登录后再操作。" };
  const stateLabel = rec.state === "new" ? "新建" : (def.states[rec.state]?.label ?? rec.state);
  if (!a.from.includes(rec.state) || !holds(a.when, rec.data))
    return { code: "illegal_step", message: `此事项当前状态为“${stateLabel}”，不能执行“${a.label}”。请刷新页面查看最新状态。` };
  if (actingParty(a, actor, rec)) return null;
  if (a.signing === "all" && a.by.some((p) => partyMatches(p, actor, rec)))
    return { code: "already_signed", message: `您已${a.label}，正在等待其他单位${a.label}。` };
  return { code: "forbidden", message: `您无权对此事项执行“${a.label}”。` };
}

export function can(def: FormDefinition, actor: ActorFacts | null, actionKey: string, rec: RecordFacts): boolean {
  return refusal(def, def.actions.find((a) => a.key === actionKey), actor, rec) === null;
}

/** Throws AppError with a Chinese message when the actor may not take the action now. */
export function assertCan(def: FormDefinition, actor: ActorFacts | null, actionKey: string, rec: RecordFacts): void {
  const r = refusal(def, def.actions.find((a) => a.key === actionKey), actor, rec);
  if (r) throw new AppError(r.code, r.message);
}

export function allowedActions(def: FormDefinition, actor: ActorFacts | null, rec: RecordFacts): ActionDef[] {
  return def.actions.filter((a) => refusal(def, a, actor, rec) === null);
}

/** Anyone who takes part in the definition's workflow for this record, or one of its declared viewers, may see it. */
export function canView(def: FormDefinition, actor: ActorFacts | null, rec: RecordFacts): boolean {
  if (!actor) return false;
  const parties = [...def.actions.flatMap((a) => a.by), ...(def.viewers ?? [])];
  return parties.some((p) => p.kind !== "public" && p.kind !== "citizen" && partyMatches(p, actor, rec));
}
