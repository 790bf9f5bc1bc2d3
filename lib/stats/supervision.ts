// Art. 20 supervision: what neglect the figures reveal, computed from fetched rows.
import { emptyColumns, type ColumnState } from "./monitors";
import type { StaleSection } from "./section-staleness";

export interface PublishedItem { id: number; title: string; sectionId: string; isDemo: boolean; recordId: string | null; /** Its record holds the whole approval path (approval.ts). */ approved: boolean; withdrawnAt: Date | null; withdrawReason: string | null; publishAt: Date }
export interface LetterDue { recordId: string; subject: string; sectionId: string; due: string; overdue: boolean }

export interface OverdueColumn { column: ColumnState; daysSince: number | null }

export interface Supervision {
  overdueColumns: OverdueColumn[];
  /** Each responsible section judged by its own updates (section-staleness.ts). */
  staleSections: StaleSection[];
  emptyColumns: ColumnState[];
  /** Live articles whose record lacks the whole approval path (or without any record, demo data aside). Must be empty. */
  unapproved: PublishedItem[];
  withdrawals: PublishedItem[];
  overdueLetters: LetterDue[];
}

const DAY = 86_400_000;

export function supervise(input: { columns: ColumnState[]; articles: PublishedItem[]; letters: LetterDue[]; staleSections?: StaleSection[] }, now: Date): Supervision {
  const overdueColumns: OverdueColumn[] = [];
  for (const c of input.columns) {
    if (!c.visible || c.updateIntervalDays == null) continue;
    const daysSince = c.lastPublishAt ? Math.floor((now.getTime() - c.lastPublishAt.getTime()) / DAY) : null;
    if (daysSince === null || daysSince > c.updateIntervalDays) overdueColumns.push({ column: c, daysSince });
  }
  return {
    overdueColumns,
    staleSections: input.staleSections ?? [],
    emptyColumns: emptyColumns(input.columns),
    unapproved: input.articles.filter((a) => !a.withdrawnAt && (a.recordId ? !a.approved : !a.isDemo)),
    withdrawals: input.articles.filter((a) => a.withdrawnAt).sort((a, b) => b.withdrawnAt!.getTime() - a.withdrawnAt!.getTime()),
    overdueLetters: input.letters.filter((l) => l.overdue),
  };
}
