// Art. 20 supervision: what neglect the figures reveal, computed from fetched rows.
import { emptyColumns, type ColumnState } from "./monitors";
import type { StaleSection } from "./section-staleness";

export interface PublishedItem { id: number; title: string; sectionId: string; isDemo: boolean; recordId: string | null; actions: string[]; withdrawnAt: Date | null; withdrawReason: string | null; publishAt: Date }
export interface LetterDue { recordId: string; subject: string; sectionId: string; due: string; overdue: boolean }

export interface OverdueColumn { column: ColumnState; daysSince: number | null }

export interface Supervision {
  overdueColumns: OverdueColumn[];
  /** Each responsible section judged by its own updates (section-staleness.ts). */
  staleSections: StaleSection[];
  emptyColumns: ColumnState[];
  /** Live articles without a finalize sign-off (or without any record, demo data aside). Must be empty. */
  unapproved: PublishedItem[];
  withdrawals: PublishedItem[];
  overdueLetters: LetterDue[];
}

const DAY = 86_400_000;
/** The last sign-off of the publication approval form: its presence means every earlier one was given. */
export const FULL_APPROVAL_ACTION = "finalize";

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
    unapproved: input.articles.filter((a) => !a.withdrawnAt && (a.recordId ? !a.actions.includes(FULL_APPROVAL_ACTION) : !a.isDemo)),
    withdrawals: input.articles.filter((a) => a.withdrawnAt).sort((a, b) => b.withdrawnAt!.getTime() - a.withdrawnAt!.getTime()),
    overdueLetters: input.letters.filter((l) => l.overdue),
  };
}
