// What the staff column screen reads: the live tree, the kept versions and a diff between two.
import type { Db } from "@/lib/db/client";
import { diffSnapshots, type SectionNames } from "./diff";
import { takeSnapshot, type ColumnRow, type TableSnapshot } from "./snapshot";

export interface TreeNode extends ColumnRow {
  depth: number;
}

/** The live table, parents before their children. */
export async function liveTree(db: Db): Promise<TreeNode[]> {
  const { columns } = await db.$transaction((tx) => takeSnapshot(tx));
  const out: TreeNode[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of columns.filter((x) => x.parent === parent)) {
      out.push({ ...c, depth });
      if (depth < 20) walk(c.slug, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export async function sectionNames(db: Db): Promise<SectionNames> {
  const rows = await db.section.findMany({ select: { id: true, name: true } });
  return Object.fromEntries(rows.map((s) => [s.id, s.name]));
}

export function listVersions(db: Db) {
  return db.columnTableVersion.findMany({ orderBy: { id: "desc" }, take: 200, select: { id: true, recordId: true, summary: true, createdAt: true } });
}

/** The readable diff between two kept versions, or null when either is missing. */
export async function diffVersions(db: Db, fromId: number, toId: number): Promise<string[] | null> {
  const [a, b] = await Promise.all([
    db.columnTableVersion.findUnique({ where: { id: fromId } }),
    db.columnTableVersion.findUnique({ where: { id: toId } }),
  ]);
  if (!a || !b) return null;
  return diffSnapshots(a.snapshot as unknown as TableSnapshot, b.snapshot as unknown as TableSnapshot, await sectionNames(db));
}
