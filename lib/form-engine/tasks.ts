// "My tasks" (我的待办) and the records list. Who may see a record and who has a task on it are
// decided by the database (record-where.ts compiles them from the definitions' parties), so both
// lists are exact and paginated at any volume; only the page's rows are loaded.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorFacts } from "./authorize";
import { allowedActions } from "./authorize";
import { filterWhere, type ListQuery } from "./list-query";
import { factsOf, recordInclude } from "./records";
import { recordsWhere } from "./record-where";
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
}

async function listPage(db: Db, where: Prisma.Sql, order: Prisma.Sql, query: ListQuery): Promise<Page<ListedRecord>> {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = query.pageSize ?? 20;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT r.id, r."formKey", r.title, r.state, s.name AS "sectionName", r."createdAt", r."updatedAt"
      FROM form_records r LEFT JOIN sections s ON s.id = r."sectionId"
      WHERE ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM form_records r WHERE ${where}`,
  ]);
  const total = count?.n ?? 0;
  const items = rows.map((r) => {
    const def = getForm(r.formKey);
    return {
      recordId: r.id, formKey: r.formKey, formTitle: def?.title ?? r.formKey, title: r.title, state: def?.states[r.state]?.label ?? r.state,
      sectionName: r.sectionName ?? "", createdAt: r.createdAt, updatedAt: r.updatedAt,
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
  const where = Prisma.sql`${recordsWhere(allForms(), actor, "task")} AND ${filterWhere(query)}`;
  const page = await listPage(db, where, Prisma.sql`r."updatedAt" ASC, r.id ASC`, query);
  // The page's records only: which buttons wait for the actor (the same rule the transition applies).
  const loaded = await db.formRecord.findMany({ where: { id: { in: page.items.map((i) => i.recordId) } }, include: recordInclude });
  const byId = new Map(loaded.map((r) => [r.id, r]));
  const items = page.items.map((item) => {
    const record = byId.get(item.recordId);
    const def = getForm(item.formKey);
    const actions = record && def ? allowedActions(def, actor, factsOf(def, record)).map((a) => a.label) : [];
    return { ...item, actions: [...new Set(actions)] };
  });
  return { ...page, items };
}

/** Records the actor may see, most recently changed first (the records list). */
export async function myRecords(db: Db, actor: ActorFacts, query: ListQuery = {}): Promise<Page<ListedRecord>> {
  const where = Prisma.sql`${recordsWhere(allForms(), actor, "view")} AND ${filterWhere(query)}`;
  return listPage(db, where, Prisma.sql`r."updatedAt" DESC, r.id DESC`, query);
}

/** What the records list's filter form offers: every registered form with its states, and the sections. */
export async function listFilterOptions(db: Db) {
  const sections = await db.section.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true } });
  const forms = allForms().map((d) => ({ key: d.key, title: d.title, states: Object.entries(d.states).map(([key, s]) => ({ key, label: s.label })) }));
  return { forms, sections };
}
