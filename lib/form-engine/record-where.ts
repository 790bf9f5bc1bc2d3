// The where-builder for form records: compiles, from each registered definition's actions and
// parties, the SQL condition for (a) the records an actor may view and (b) the records awaiting
// an action the actor may take (我的待办). It states in SQL exactly what canView() and
// allowedActions() in authorize.ts state in TypeScript; lists.matrix.int.test.ts holds the two
// against each other for every demo actor.
//
// The actor is known when the query is built, so everything about the actor (roles, section,
// named sections) is decided here and only what depends on the record is left to the database.
// Records are aliased `r` (form_records).
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorFacts } from "./authorize";
import { isLeader, partyId } from "./authorize";
import type { ActionDef, Condition, FormDefinition, Party } from "./types";

/**
 * The actor as the where-builder needs it: with the sections they oversee as deputy director
 * (sections.overseerId), read once per list so that the query compares plain section ids.
 */
export interface ListActor extends ActorFacts {
  overseenSections: readonly string[];
}

/** A predicate: decided already (true/false) or left to the database. */
type Pred = boolean | Prisma.Sql;

function or(parts: Pred[]): Pred {
  if (parts.some((p) => p === true)) return true;
  const sql = parts.filter((p): p is Prisma.Sql => p !== false);
  if (sql.length === 0) return false;
  return sql.length === 1 ? sql[0]! : Prisma.sql`(${Prisma.join(sql, " OR ")})`;
}

function and(parts: Pred[]): Pred {
  if (parts.some((p) => p === false)) return false;
  const sql = parts.filter((p): p is Prisma.Sql => p !== true);
  if (sql.length === 0) return true;
  return sql.length === 1 ? sql[0]! : Prisma.sql`(${Prisma.join(sql, " AND ")})`;
}

export function toSql(p: Pred): Prisma.Sql {
  return p === true ? Prisma.sql`TRUE` : p === false ? Prisma.sql`FALSE` : p;
}

const inList = (values: readonly string[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));

/** partySection(): the record's section, or the section chosen in a field of its data (a string). */
function recordSectionIs(p: { sectionField?: string }, sectionId: string): Prisma.Sql {
  if (!p.sectionField) return Prisma.sql`r."sectionId" = ${sectionId}`;
  return Prisma.sql`(jsonb_typeof(r.data -> ${p.sectionField}) = 'string' AND r.data ->> ${p.sectionField} = ${sectionId})`;
}

/** partyMatches() for a signed-in actor. */
function partyPred(p: Party, actor: ListActor): Pred {
  const has = (role: string) => actor.roles.includes(role);
  switch (p.kind) {
    case "public":
    case "citizen":
      return false; // only through the public entries (authorize.ts), never a staff list
    case "publisher":
      return has("publisher") && recordSectionIs(p, actor.sectionId);
    case "chief":
      return has("section_chief") && recordSectionIs(p, actor.sectionId);
    case "reporter":
      return has("reporter") && recordSectionIs(p, actor.sectionId);
    case "publisherOf":
      return has("publisher") && actor.sectionId === p.sectionId;
    case "chiefOf":
      return has("section_chief") && actor.sectionId === p.sectionId;
    case "overseer":
      return actor.overseenSections.length > 0 && Prisma.sql`r."sectionId" IN (${inList(actor.overseenSections)})`;
    case "role":
      return has(p.role);
    case "finalizer":
      return has("finalizer") && actor.sectionId === p.sectionId;
    case "leader":
      return isLeader(actor.roles) && actor.username === p.username;
  }
}

/** holds(): a missing or null value reads as "". */
function conditionPred(c: Condition | undefined): Pred {
  if (!c) return true;
  const value = Prisma.sql`COALESCE(NULLIF(r.data -> ${c.field}, 'null'::jsonb), '""'::jsonb)`;
  if ("equals" in c) return Prisma.sql`${value} = to_jsonb(${c.equals}::text)`;
  if ("notEquals" in c) return Prisma.sql`${value} <> to_jsonb(${c.notEquals}::text)`;
  if ("in" in c) return c.in.length > 0 && Prisma.sql`${value} IN (${Prisma.join(c.in.map((v) => Prisma.sql`to_jsonb(${v}::text)`))})`;
  return false; // columnIn: authorize.ts evaluates `when` without column codes, so it never holds there

}

/**
 * The party already signed an all-must-sign step in the record's current state and review
 * cycle. form_records."signedParties" is what signedParties() (records.ts) computes from the
 * events, written by the transition together with each event: one array test per record
 * instead of two index probes into form_events, which kept 我的待办 far above its time budget.
 */
function signedAlready(party: string): Prisma.Sql {
  return Prisma.sql`${party} = ANY (r."signedParties")`;
}

function negate(p: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT ${p}`;
}

/** actingParty() is not null: a matching party (for signing "all", one that has not signed yet). */
function actsPred(a: ActionDef, actor: ListActor): Pred {
  return or(a.by.map((p) => and([partyPred(p, actor), a.signing === "all" ? negate(signedAlready(partyId(p))) : true])));
}

/** canView(): the actor is a (non-public) party of some action of the definition, or one of its viewers. */
export function viewPred(def: FormDefinition, actor: ListActor): Pred {
  const parties = [...def.actions.flatMap((a) => a.by), ...(def.viewers ?? [])];
  return or(parties.filter((p) => p.kind !== "public").map((p) => partyPred(p, actor)));
}

const openStates = (def: FormDefinition) => Object.entries(def.states).filter(([, s]) => !s.terminal).map(([k]) => k);

/** Some action with task !== false is in allowedActions() (on an open, visible record). */
export function taskPred(def: FormDefinition, actor: ListActor): Pred {
  const open = new Set(openStates(def));
  const perAction = def.actions
    .filter((a) => a.task !== false)
    .map((a) => {
      const states = a.from.filter((s) => s !== "new" && open.has(s));
      if (states.length === 0) return false;
      return and([Prisma.sql`r.state IN (${inList(states)})`, conditionPred(a.when), actsPred(a, actor)]);
    });
  // Any other task party is a viewing party too; a public one is not, and lists show only what
  // the actor may view. (Left out when no task has a public party: it would only repeat itself.)
  const publicTask = def.actions.some((a) => a.task !== false && a.by.some((p) => p.kind === "public"));
  return and([or(perAction), publicTask ? viewPred(def, actor) : true]);
}

/** The action is in allowedActions() for a record of its definition (task or not). */
function allowedPred(a: ActionDef, actor: ListActor): Pred {
  const states = a.from.filter((s) => s !== "new");
  if (states.length === 0) return false;
  return and([Prisma.sql`r.state IN (${inList(states)})`, conditionPred(a.when), actsPred(a, actor)]);
}

/**
 * The keys ("formKey/actionKey") of the actions the actor may take on the row, as an SQL array:
 * 我的待办 shows them without loading each record's events.
 */
export function allowedActionKeys(defs: readonly FormDefinition[], actor: ListActor): Prisma.Sql {
  const cases = defs.flatMap((def) =>
    def.actions.map((a) => {
      const p = and([Prisma.sql`r."formKey" = ${def.key}`, allowedPred(a, actor)]);
      return p === false ? null : Prisma.sql`CASE WHEN ${toSql(p)} THEN ${`${def.key}/${a.key}`}::text END`;
    }),
  ).filter((c): c is Prisma.Sql => c !== null);
  return cases.length ? Prisma.sql`array_remove(ARRAY[${Prisma.join(cases)}], NULL)` : Prisma.sql`ARRAY[]::text[]`;
}

/**
 * One condition per registered definition that can match (`r."formKey"` first): a list queries
 * each branch on its own indexes and merges them, rather than one OR the planner cannot index.
 */
export function formBranches(defs: readonly FormDefinition[], actor: ListActor | null, kind: "view" | "task"): Prisma.Sql[] {
  if (!actor) return [];
  return defs
    .map((def) => and([Prisma.sql`r."formKey" = ${def.key}`, kind === "view" ? viewPred(def, actor) : taskPred(def, actor)]))
    .filter((p): p is Prisma.Sql => p !== false && p !== true);
}

/** The same as one condition. */
export function recordsWhere(defs: readonly FormDefinition[], actor: ListActor | null, kind: "view" | "task"): Prisma.Sql {
  return toSql(or(formBranches(defs, actor, kind)));
}
