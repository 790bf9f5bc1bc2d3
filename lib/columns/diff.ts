// A readable diff between two versions of the column table, in Chinese, one line per change.
import type { ColumnRow, TableSnapshot } from "./snapshot";

export type SectionNames = Record<string, string>;

const names = (ids: string[], n: SectionNames) => (ids.length ? ids.map((id) => n[id] ?? id).join("、") : "无");
const interval = (d: number | null) => (d === null ? "不要求" : `${d}天`);

export function diffSnapshots(before: TableSnapshot, after: TableSnapshot, sections: SectionNames = {}): string[] {
  const old = new Map(before.columns.map((c) => [c.slug, c]));
  const now = new Map(after.columns.map((c) => [c.slug, c]));
  const lines: string[] = [];
  for (const c of after.columns) {
    const o = old.get(c.slug);
    if (!o) {
      lines.push(`新增栏目“${c.name}”（${c.slug}），责任科室：${names(c.sections, sections)}，更新周期：${interval(c.intervalDays)}`);
      continue;
    }
    lines.push(...changesOf(o, c, sections));
  }
  for (const o of before.columns) if (!now.has(o.slug)) lines.push(`删除栏目“${o.name}”（${o.slug}）`);
  return lines;
}

function changesOf(o: ColumnRow, c: ColumnRow, sections: SectionNames): string[] {
  const out: string[] = [];
  const label = `栏目“${c.name}”`;
  if (o.name !== c.name) out.push(`栏目“${o.name}”更名为“${c.name}”`);
  if (o.parent !== c.parent) out.push(`${label}上级栏目：${o.parent ?? "无"} → ${c.parent ?? "无"}`);
  if (o.sections.join() !== c.sections.join()) out.push(`${label}责任科室：${names(o.sections, sections)} → ${names(c.sections, sections)}`);
  if (o.intervalDays !== c.intervalDays) out.push(`${label}更新周期：${interval(o.intervalDays)} → ${interval(c.intervalDays)}`);
  if (o.visible !== c.visible) out.push(`${label}${c.visible ? "恢复显示" : "隐藏"}`);
  return out;
}
