// Applies the rows of an approved 栏目调整 record to the column table. Runs inside the
// transition's transaction: a row that cannot be applied throws, and the whole change, the
// state change and its audit event roll back together, so the old table stays whole.
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ColumnGroup } from "@/lib/generated/prisma/enums";
import type { ChangeOp } from "./change-ops";
import { flagDraftsOfColumn } from "./draft-flags";
import { takeSnapshot } from "./snapshot";

type Tx = Prisma.TransactionClient;

export interface ChangeRow {
  op: ChangeOp;
  column: string;
  name: string;
  parent: string;
  sectionId: string;
  interval: string;
  target: string;
}

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

export function rowsOf(data: unknown): ChangeRow[] {
  if (!Array.isArray(data)) return [];
  return data.map((r) => {
    const o = (r ?? {}) as Record<string, unknown>;
    return { op: str(o.op) as ChangeOp, column: str(o.column), name: str(o.name), parent: str(o.parent), sectionId: str(o.sectionId), interval: str(o.interval), target: str(o.target) };
  });
}

/** Applies every row, then stores the new version of the table. Returns the version id. */
export async function applyColumnChanges(tx: Tx, rows: ChangeRow[], recordId: string, summary: string): Promise<number> {
  await ensureBaseline(tx);
  for (const [i, row] of rows.entries()) {
    try {
      await applyRow(tx, row, recordId);
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.code, `第${i + 1}行（${row.column}）：${err.userMessage} 栏目表未作任何改动。`);
      throw err;
    }
  }
  const v = await tx.columnTableVersion.create({ data: { recordId, summary, snapshot: (await takeSnapshot(tx)) as unknown as Prisma.InputJsonValue } });
  return v.id;
}

/** The table as seeded (or as it stood before versions were kept) is version 1. */
async function ensureBaseline(tx: Tx) {
  if ((await tx.columnTableVersion.count()) > 0) return;
  await tx.columnTableVersion.create({ data: { summary: "初始栏目表", snapshot: (await takeSnapshot(tx)) as unknown as Prisma.InputJsonValue } });
}

const refuse = (msg: string): never => {
  throw new AppError("column_change", msg);
};

async function columnBySlug(tx: Tx, slug: string) {
  return (await tx.column.findUnique({ where: { slug } })) ?? refuse(`栏目“${slug}”不存在。`);
}

async function sectionOf(tx: Tx, id: string | undefined) {
  if (!id) return refuse("请选择责任科室。");
  return (await tx.section.findUnique({ where: { id } })) ?? refuse(`科室“${id}”不存在。`);
}

function intervalOf(v: string | undefined): number | null {
  if (!v) return null;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : refuse("更新周期须为正整数天数。");
}

async function applyRow(tx: Tx, row: ChangeRow, recordId: string) {
  switch (row.op) {
    case "add":
    case "topic":
      return addColumn(tx, row);
    case "rename": {
      const c = await columnBySlug(tx, row.column);
      if (!row.name) refuse("请填写新的栏目名称。");
      await tx.column.update({ where: { id: c.id }, data: { name: row.name } });
      return;
    }
    case "move": {
      const c = await columnBySlug(tx, row.column);
      const parentId = row.parent ? (await columnBySlug(tx, row.parent)).id : null;
      if (parentId && (await isWithin(tx, parentId, c.id))) refuse("不能把栏目移到它自己或它的下级栏目之下。");
      await tx.column.update({ where: { id: c.id }, data: { parentId } });
      return;
    }
    case "section": {
      const c = await columnBySlug(tx, row.column);
      const s = await sectionOf(tx, row.sectionId);
      const before = await tx.columnSection.findMany({ where: { columnId: c.id } });
      await tx.columnSection.deleteMany({ where: { columnId: c.id } });
      await tx.columnSection.create({ data: { columnId: c.id, sectionId: s.id, entrusted: s.kind === "affiliated_unit" || s.kind === "county_bureau" } });
      await flagDraftsOfColumn(tx, c.id, s.id, before.map((b) => b.sectionId), recordId);
      return;
    }
    case "interval": {
      const c = await columnBySlug(tx, row.column);
      await tx.column.update({ where: { id: c.id }, data: { updateIntervalDays: intervalOf(row.interval) } });
      return;
    }
    case "hide":
    case "show": {
      const c = await columnBySlug(tx, row.column);
      await tx.column.update({ where: { id: c.id }, data: { visible: row.op === "show" } });
      return;
    }
    case "remove":
      return removeColumn(tx, row);
    default:
      refuse("未知的调整操作。");
  }
}

async function addColumn(tx: Tx, row: ChangeRow) {
  if (await tx.column.findUnique({ where: { slug: row.column } })) refuse(`栏目代码“${row.column}”已被使用。`);
  if (!row.name) refuse("请填写栏目名称。");
  const s = await sectionOf(tx, row.sectionId);
  if (s.kind === "leadership") refuse("局领导不是栏目的责任科室。");
  const parent = row.parent ? await columnBySlug(tx, row.parent) : null;
  // 专题专栏 (Art. 6) always sit in the topics group; other columns join their parent's group.
  const group: ColumnGroup = row.op === "topic" ? "topics" : (parent?.group ?? "topics");
  const last = await tx.column.aggregate({ _max: { sortOrder: true } });
  // An affiliated unit or county bureau keeps a column as entrusted; its city section answers for it.
  const entrusted = s.kind === "affiliated_unit" || s.kind === "county_bureau";
  await tx.column.create({
    data: {
      slug: row.column, name: row.name, parentId: parent?.id ?? null, group, kind: "list",
      sortOrder: (last._max.sortOrder ?? 0) + 1, updateIntervalDays: intervalOf(row.interval),
      sections: { create: [{ sectionId: s.id, entrusted }] },
    },
  });
}

async function removeColumn(tx: Tx, row: ChangeRow) {
  const c = await columnBySlug(tx, row.column);
  if ((await tx.column.count({ where: { parentId: c.id } })) > 0) refuse("栏目下还有下级栏目，请先移动或删除它们。");
  const items = await tx.article.count({ where: { columnId: c.id } });
  if (items > 0) {
    if (!row.target) refuse(`栏目中还有${items}条信息，请填写信息转入的栏目。`);
    const target = await columnBySlug(tx, row.target);
    if (target.id === c.id) refuse("信息不能转入被删除的栏目本身。");
    await tx.article.updateMany({ where: { columnId: c.id }, data: { columnId: target.id } });
  }
  await tx.column.delete({ where: { id: c.id } });
}

/** Whether `id` is `ancestor` or lies below it. */
async function isWithin(tx: Tx, id: string, ancestor: string): Promise<boolean> {
  let cur: string | null = id;
  for (let depth = 0; cur && depth < 50; depth++) {
    if (cur === ancestor) return true;
    cur = (await tx.column.findUnique({ where: { id: cur }, select: { parentId: true } }))?.parentId ?? null;
  }
  return false;
}
