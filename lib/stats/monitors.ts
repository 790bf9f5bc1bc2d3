// The national inspection's single-veto items (DESIGN §7): any one of them fails the whole site.
// Each monitor reports how far the worst case has gone towards its threshold, as a traffic light.

export type Light = "green" | "amber" | "red";

export interface ColumnState { id: string; slug: string; name: string; kind: string; visible: boolean; updateIntervalDays: number | null; sectionIds: string[]; lastPublishAt: Date | null; liveArticles: number }
export interface OpenLetter { recordId: string; subject: string; sectionId: string; receivedAt: Date }

export interface Monitor {
  key: "news" | "notices_policies" | "empty_columns" | "letters" | "annual_report";
  label: string;
  threshold: string;
  light: Light;
  /** Worst case as a share of the threshold (1 = at the threshold). */
  ratio: number;
  detail: string;
  /** Sections whose columns or letters cause the light. */
  sectionIds: string[];
  /** A deadline watched beside the national single-veto items but not one of them (the annual report). */
  notVeto?: true;
}

/** The single-veto items that fail today: what an inspection would mark 不合格. */
export const failingVetoes = (monitors: Monitor[]): Monitor[] => monitors.filter((m) => m.light === "red" && !m.notVeto);

const DAY = 86_400_000;
/** Amber from three quarters of the way to the threshold. */
export const AMBER_AT = 0.75;
export const NEWS_DAYS = 14;
export const NOTICE_POLICY_DAYS = 183;
export const LETTER_DAYS = 90;
const NEWS_SLUGS = ["news"];
const NOTICE_POLICY_SLUGS = ["notices", "policies"];

export const lightOf = (ratio: number): Light => (ratio >= 1 ? "red" : ratio >= AMBER_AT ? "amber" : "green");
const days = (from: Date, now: Date) => Math.floor((now.getTime() - from.getTime()) / DAY);

function staleness(key: Monitor["key"], label: string, columns: ColumnState[], slugs: string[], limit: number, now: Date): Monitor {
  const watched = columns.filter((c) => slugs.includes(c.slug) && c.visible);
  let ratio = 0;
  const parts: string[] = [];
  const late = new Set<string>();
  for (const c of watched) {
    // A column that never had an article counts as stale since forever.
    const age = c.lastPublishAt ? days(c.lastPublishAt, now) : Infinity;
    const r = age / limit;
    ratio = Math.max(ratio, r);
    if (r >= AMBER_AT) c.sectionIds.forEach((s) => late.add(s));
    parts.push(`${c.name}：${c.lastPublishAt ? `${age}天未更新` : "从未更新"}`);
  }
  return { key, label, threshold: `${limit}天`, light: lightOf(ratio), ratio: Number.isFinite(ratio) ? ratio : 1, detail: parts.join("；") || "无此栏目", sectionIds: [...late] };
}

export function singleVetoMonitors(columns: ColumnState[], openLetters: OpenLetter[], now: Date): Monitor[] {
  const empty = emptyColumns(columns);
  let letterRatio = 0;
  const lateLetters = new Set<string>();
  for (const l of openLetters) {
    const r = days(l.receivedAt, now) / LETTER_DAYS;
    letterRatio = Math.max(letterRatio, r);
    if (r >= AMBER_AT) lateLetters.add(l.sectionId);
  }
  const overLetters = openLetters.filter((l) => days(l.receivedAt, now) >= LETTER_DAYS).length;
  return [
    staleness("news", "工作动态类栏目2周未更新", columns, NEWS_SLUGS, NEWS_DAYS, now),
    staleness("notices_policies", "通知公告、政策法规类栏目6个月未更新", columns, NOTICE_POLICY_SLUGS, NOTICE_POLICY_DAYS, now),
    {
      key: "empty_columns", label: "空白栏目", threshold: "0个", light: empty.length ? "red" : "green", ratio: empty.length ? 1 : 0,
      detail: empty.length ? empty.map((c) => c.name).join("、") : "无空白栏目", sectionIds: [...new Set(empty.flatMap((c) => c.sectionIds))],
    },
    {
      key: "letters", label: "有效来信3个月未答复", threshold: `${LETTER_DAYS}天`, light: lightOf(letterRatio), ratio: letterRatio,
      detail: `${openLetters.length}件未办结，其中${overLetters}件超过3个月`, sectionIds: [...lateLetters],
    },
  ];
}

/** Visible list columns someone is responsible for that show no live article. */
export function emptyColumns(columns: ColumnState[]): ColumnState[] {
  return columns.filter((c) => c.kind === "list" && c.visible && c.sectionIds.length > 0 && c.liveArticles === 0);
}
