import { getDb } from "@/lib/db/client";
import type { ColumnGroup } from "@/lib/generated/prisma/enums";

export const GROUP_LABELS: Record<ColumnGroup, string> = {
  disclosure: "信息公开",
  services: "办事服务",
  interaction: "互动交流",
  health: "健康知识",
  topics: "专题专栏",
};
export const GROUP_ORDER: ColumnGroup[] = ["disclosure", "services", "interaction", "health", "topics"];

/** Top-level visible columns, in the table's order. */
export function listTopColumns() {
  return getDb().column.findMany({
    where: { parentId: null, visible: true },
    orderBy: { sortOrder: "asc" },
    select: { id: true, slug: true, name: true, kind: true, group: true, externalUrl: true, description: true },
  });
}

export type NavColumn = Awaited<ReturnType<typeof listTopColumns>>[number];

/** Where a column's link goes: its page, or out for an external-link column. */
export function columnHref(c: { slug: string; kind: string; externalUrl: string | null }): string {
  return c.kind === "link" && c.externalUrl ? c.externalUrl : `/columns/${c.slug}`;
}

export function findColumn(slug: string) {
  return getDb().column.findFirst({
    where: { slug, visible: true },
    include: {
      parent: { select: { slug: true, name: true, kind: true, externalUrl: true } },
      children: { where: { visible: true }, orderBy: { sortOrder: "asc" }, select: { slug: true, name: true, kind: true, externalUrl: true } },
      sections: { include: { section: { select: { name: true } } } },
    },
  });
}
