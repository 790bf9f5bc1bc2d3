// "My tasks" (我的待办) and the records list. Who may see a record and who has a task on it are
// decided by the database (record-where.ts compiles them from the definitions' parties), so both
// lists are exact and paginated at any volume; only the page's rows are loaded.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorFacts } from "./authorize";
import { filterWhere, type ListQuery } from "./list-query";
import { allowedActionKeys, formBranches, type ListActor } from "./record-where";
import { allForms, getForm } from "./registry";

export interface ListedRecord {
  recordId: string;
  formKey: string;
  formTitle: string;
  title: string;
  /** The state's label. */
  state: string;
  sectionName: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Task extends ListedRecord {
  /** Labels of every action the actor may take now. */
  actions: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

interface Row {
  id: string;
  formKey: string;
  title: string;
  state: string;
  sectionName: string | null;
  createdAt: Date;
  updatedAt: Date;
  actions: string[];
}

/** The actor with the sections they oversee, for the where-builder. */
export async function listActor(db: Db, actor: ActorFacts): Promise<ListActor> {
  const overseen = await db.section.findMany({ where: { overseerId: actor.id }, select: { id: true } });
  return { ...actor, overseenSections: overseen.map((s) => s.id) };
}

/**
 * One page of the records matching any branch (one per definition) and the filters, with the
 * total. Each branch is ordered and limited on its own (its indexes serve it), then merged: an
 * OR across definitions would leave the planner a bitmap over the whole table.
 */
async function listPage(db: Db, branches: Prisma.Sql[], query: ListQuery, dir: "asc" | "desc", actions: Prisma.Sql = Prisma.sql`ARRAY[]::text[]`): Promise<Page<Task>> {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = query.pageSize ?? 20;
  const offset = (page - 1) * pageSize;
  if (branches.length === 0) return { items: [], total: 0, page, pageSize, pages: 1 };
  const filters = filterWhere(query);
  const order = (t: string) => Prisma.raw(dir === "asc" ? `${t}."updatedAt" ASC, ${t}.id ASC` : `${t}."updatedAt" DESC, ${t}.id DESC`);
  const union = Prisma.join(
    branches.map((b) => Prisma.sql`(SELECT r.id, r."updatedAt" FROM form_records r WHERE ${b} AND ${filters} ORDER BY ${order("r")} LIMIT ${offset + pageSize})`),
    " UNION ALL ",
  );
  const counts = Prisma.join(branches.map((b) => Prisma.sql`(SELECT count(*) FROM form_records r WHERE ${b} AND ${filters})`), " + ");
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT r.id, r."formKey", r.title, r.state, s.name AS "sectionName", r."createdAt", r."updatedAt", ${actions} AS actions
      FROM (SELECT u.id, u."updatedAt" FROM (${union}) u ORDER BY ${order("u")} LIMIT ${pageSize} OFFSET ${offset}) p
      JOIN form_records r ON r.id = p.id LEFT JOIN sections s ON s.id = r."sectionId"
      ORDER BY ${order("r")}`,
    db.$queryRaw<{ n: number }[]>`SELECT (${counts})::int AS n`,
  ]);
  const total = count?.n ?? 0;
  const items = rows.map((r) => {
    const def = getForm(r.formKey);
    return {
      recordId: r.id, formKey: r.formKey, formTitle: def?.title ?? r.formKey, title: r.title, state: def?.states[r.state]?.label ?? r.state,
      sectionName: r.sectionName ?? "", createdAt: r.createdAt, updatedAt: r.updatedAt,
      actions: [...new Set(r.actions.map((k) => def?.actions.find((a) => `${def.key}/${a.key}` === k)?.label ?? k))],
    };
  });
  return { items, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * Open records awaiting an action the actor may take. Oldest waiting first: `updatedAt` is the
 * moment of the last step, i.e. since when the record has waited in its state, and the one
 * waiting longest is the one nearest to any deadline; newest-first would bury it under new work.
 */
export async function myTasks(db: Db, actor: ActorFacts, query: ListQuery = {}): Promise<Page<Task>> {
  const la = await listActor(db, actor);
  // With each row, the actions the actor may take on it (the same compiled rule): the buttons that wait.
  return listPage(db, formBranches(allForms(), la, "task"), query, "asc", allowedActionKeys(allForms(), la));
}

/** Records the actor may see, most recently changed first (the records list). */
export async function myRecords(db: Db, actor: ActorFacts, query: ListQuery = {}): Promise<Page<ListedRecord>> {
  const { items, ...page } = await listPage(db, formBranches(allForms(), await listActor(db, actor), "view"), query, "desc");
  return { ...page, items: items.map(({ actions: _unused, ...item }) => item) };
}

/** What the records list's filter form offers: every registered form with its states, and the sections. */
export async function listFilterOptions(db: Db) {
  const sections = await db.section.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true } });
  const forms = allForms().map((d) => ({ key: d.key, title: d.title, states: Object.entries(d.states).map(([key, s]) => ({ key, label: s.label })) }));
  return { forms, sections };
}
