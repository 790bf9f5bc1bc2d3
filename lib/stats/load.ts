// The one loader behind the statistics page, the CSV export and the /staff warnings: fetches
// the rows once and hands them to the pure functions, scoped to what the actor may see.
import type { Actor } from "@/lib/auth/login";
import { can } from "@/lib/auth/can";
import type { Db } from "@/lib/db/client";
import { loadCalendar } from "@/lib/calendar/load";
import { isLiveArticle } from "@/lib/content/visibility";
import { beijingDate } from "@/lib/calendar/working-days";
import { MAILBOX_FORM_KEY, OFFICE_SECTION_ID } from "@/forms/mailbox-letter";
import { letterFacts, OPEN_STATES } from "@/lib/mailbox/letters";
import { computeFigures, type FigureTable, type LetterRow } from "./figures";
import { distinctRecordCounts, type Client } from "./item-counts";
import { quarterOf, periodBounds } from "./period";
import { staleSections } from "./section-staleness";
import { unitSubmissionCounts } from "./submissions";
import { singleVetoMonitors, type ColumnState, type Monitor, type OpenLetter } from "./monitors";
import { annualReportMonitor, reportDue } from "./annual-report-monitor";
import { reportPublished } from "@/lib/disclosure-report/published";
import { fullyApproved } from "./approval";
import { supervise, type LetterDue, type PublishedItem, type Supervision } from "./supervision";

export const PUBLICATION_FORM_KEY = "publication-approval";

export interface StatsReport {
  /** Sections shown, in org-chart order. */
  sections: { id: string; name: string; kind: string }[];
  figures: FigureTable;
  /** Periods with any figure, newest first. */
  periods: string[];
  supervision: Supervision;
  monitors: Monitor[];
  /** True when the actor sees the whole site (信息统计科 and the leaders). */
  all: boolean;
}

/** `ownOnly` gives even a site-wide reader just their own section (the /staff view). */
export async function loadStats(db: Db, actor: Actor, now = new Date(), opts: { ownOnly?: boolean } = {}): Promise<StatsReport> {
  const all = can(actor, "stats.read_all") && !opts.ownOnly;
  const r = await siteStats(db, now);
  return all ? { ...r, all } : { ...r, sections: r.sections.filter((s) => s.id === actor.sectionId), supervision: ownSupervision(r.supervision, actor.sectionId), monitors: r.monitors.filter((m) => m.sectionIds.includes(actor.sectionId)), all };
}

/**
 * The whole site's report as of `now`, for no one in particular: loadStats scopes it to an actor;
 * the quarterly assessment reads it inside the approving transaction.
 */
export async function siteStats(db: Client, now = new Date()): Promise<Omit<StatsReport, "all">> {
  const [sections, counts, unitCounts, articles, columns, letters, cal, stale, reportOut] = await Promise.all([
    db.section.findMany({ where: { kind: { not: "leadership" } }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true, kind: true } }),
    distinctRecordCounts(db, PUBLICATION_FORM_KEY, { submit: "submitted", "*_return": "returned" }),
    unitSubmissionCounts(db),
    db.article.findMany({ select: { id: true, title: true, sectionId: true, columnId: true, publishAt: true, withdrawnAt: true, withdrawReason: true, recordId: true, isDemo: true, record: { select: { formKey: true, events: { select: { action: true, toState: true } } } } } }),
    db.column.findMany({ include: { sections: { select: { sectionId: true } } } }),
    db.formRecord.findMany({ where: { formKey: MAILBOX_FORM_KEY }, include: { events: true } }),
    loadCalendar(db),
    staleSections(db, now, periodBounds(quarterOf(now)).start),
    reportPublished(db, reportDue(now).year),
  ]);

  const lastPublish = new Map<string, Date>();
  const live = new Map<string, number>();
  for (const a of articles) {
    if (!isLiveArticle(a, now)) continue;
    live.set(a.columnId, (live.get(a.columnId) ?? 0) + 1);
    const prev = lastPublish.get(a.columnId);
    if (!prev || a.publishAt > prev) lastPublish.set(a.columnId, a.publishAt);
  }
  const columnStates: ColumnState[] = columns.map((c) => ({
    id: c.id, slug: c.slug, name: c.name, kind: c.kind, visible: c.visible, updateIntervalDays: c.updateIntervalDays,
    sectionIds: c.sections.map((s) => s.sectionId), lastPublishAt: lastPublish.get(c.id) ?? null, liveArticles: live.get(c.id) ?? 0,
  }));
  const responsible = new Map(columnStates.map((c) => [c.id, new Set(c.sectionIds)]));

  const letterRows: LetterRow[] = [];
  const dues: LetterDue[] = [];
  const open: OpenLetter[] = [];
  const today = beijingDate(now);
  for (const r of letters) {
    if (r.state === "declined") continue; // not a valid letter
    const data = (r.data ?? {}) as Record<string, unknown>;
    const sectionId = typeof data.handler === "string" && data.handler ? data.handler : OFFICE_SECTION_ID;
    const f = letterFacts(cal, r.events);
    letterRows.push({ sectionId, receivedAt: f.receivedAt, answeredAt: f.answeredAt, due: f.deadline.due, state: r.state });
    if (OPEN_STATES.includes(r.state)) {
      open.push({ recordId: r.id, subject: r.title, sectionId, receivedAt: f.receivedAt });
      dues.push({ recordId: r.id, subject: r.title, sectionId, due: f.deadline.due, overdue: today > f.deadline.due });
    }
  }

  const figures = computeFigures({
    counts: [...counts, ...unitCounts],
    articles: articles.filter((a) => a.publishAt <= now),
    letters: letterRows,
    responsible,
  });
  const items: PublishedItem[] = articles
    .filter((a) => a.publishAt <= now)
    .map((a) => ({ id: a.id, title: a.title, sectionId: a.sectionId, isDemo: a.isDemo, recordId: a.recordId, approved: a.record ? fullyApproved(a.record.formKey, a.record.events) : false, withdrawnAt: a.withdrawnAt, withdrawReason: a.withdrawReason, publishAt: a.publishAt }));
  const supervision = supervise({ columns: columnStates, articles: items, letters: dues, staleSections: stale }, now);
  const monitors = [...singleVetoMonitors(columnStates, open, now), annualReportMonitor(reportOut, now)];

  const periods = [...new Set([...figures.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => b.localeCompare(a));
  return { sections, figures, periods, supervision, monitors };
}

/** What one section is told about itself on /staff. */
function ownSupervision(s: Supervision, sectionId: string): Supervision {
  return {
    overdueColumns: s.overdueColumns.filter((o) => o.column.sectionIds.includes(sectionId)),
    staleSections: s.staleSections.filter((x) => x.sectionId === sectionId),
    emptyColumns: s.emptyColumns.filter((c) => c.sectionIds.includes(sectionId)),
    unapproved: s.unapproved.filter((a) => a.sectionId === sectionId),
    withdrawals: s.withdrawals.filter((a) => a.sectionId === sectionId),
    overdueLetters: s.overdueLetters.filter((l) => l.sectionId === sectionId),
  };
}
