// Choices for the column and section pickers, from the database.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Db | Prisma.TransactionClient;

/**
 * The columns a section publishes to (Art. 10): its own, and those entrusted to a unit that
 * reports to it (信用信息双公示 is entrusted to 市卫生监督所, which reports to 医政科). List
 * columns take items; a single-page column (机构职能, 依申请公开, 服务承诺) has its text replaced.
 */
export function responsibleColumns(db: Client, sectionId: string) {
  return db.column.findMany({
    where: {
      kind: { in: ["list", "page"] },
      sections: { some: { OR: [{ sectionId }, { entrusted: true, section: { reportsToId: sectionId } }] } },
    },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, slug: true, kind: true },
  });
}

/** How the column picker names a column: a single page says that its text will be replaced. */
export const columnOptionName = (c: { name: string; kind: string }) => (c.kind === "page" ? `${c.name}（单页栏目：发布后替换页面内容）` : c.name);

export function allListColumns(db: Client) {
  return db.column.findMany({ where: { kind: "list" }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, slug: true } });
}

export interface ColumnTreeOption {
  slug: string;
  name: string;
  depth: number;
  /** The responsible sections now, e.g. "医政科、宣传科". */
  sections: string;
}

/** Every column in tree order with its responsible sections, for the column-table change rows. */
export async function columnTreeOptions(db: Client): Promise<ColumnTreeOption[]> {
  const columns = await db.column.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, parentId: true, sections: { select: { section: { select: { name: true } } } } },
  });
  const children = new Map<string | null, typeof columns>();
  for (const c of columns) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: ColumnTreeOption[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const c of children.get(parentId) ?? []) {
      out.push({ slug: c.slug, name: c.name, depth, sections: c.sections.map((s) => s.section.name).join("、") });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function sectionOptions(db: Client) {
  return db.section.findMany({ where: { kind: { not: "leadership" } }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
}
