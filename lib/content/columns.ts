import type { ColumnGroup } from "@/lib/generated/prisma/enums";

export const GROUP_LABELS: Record<ColumnGroup, string> = {
  disclosure: "信息公开",
  services: "办事服务",
  interaction: "互动交流",
  health: "健康知识",
  topics: "专题专栏",
};
export const GROUP_ORDER: ColumnGroup[] = ["disclosure", "services", "interaction", "health", "topics"];

export type { NavColumn } from "./public-data";

/** Where a column's link goes: its page, or out for an external-link column. */
export function columnHref(c: { slug: string; kind: string; externalUrl: string | null }): string {
  return c.kind === "link" && c.externalUrl ? c.externalUrl : `/columns/${c.slug}`;
}
