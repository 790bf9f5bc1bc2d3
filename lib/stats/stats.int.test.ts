import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/login";
import { actorOf } from "@/lib/form-engine/test-actors";
import { db } from "@/test/integration/db";
import { figuresFor } from "./figures";
import { loadStats } from "./load";

// Own section, column and records, so the counts do not depend on what other files write.
const tag = Math.random().toString(36).slice(2, 7);
const SECTION = `ts${tag}`;
const SLUG = `t-stats-${tag}`;
const NOW = new Date("2026-11-20T04:00:00Z");
const at = (s: string) => new Date(`${s}T02:00:00Z`);
let columnId = "";
const recordIds: string[] = [];

async function record(formKey: string, state: string, events: [string, string][], data: Record<string, string> = {}) {
  const r = await db().formRecord.create({ data: { formKey, state, sectionId: SECTION, data, title: `统计测试 ${tag}` } });
  recordIds.push(r.id);
  let seq = 0;
  for (const [action, when] of events) {
    seq += 1;
    await db().formEvent.create({ data: { recordId: r.id, seq, action, toState: state, actorName: "测试", contentHash: "x", createdAt: at(when) } });
  }
  return r.id;
}

async function article(publishAt: string, recordId: string | null, withdrawnAt?: string) {
  return db().article.create({ data: { columnId, sectionId: SECTION, recordId, title: `统计测试 ${tag}`, bodyHtml: "<p>x</p>", publishAt: at(publishAt), withdrawnAt: withdrawnAt ? at(withdrawnAt) : null } });
}

const own = (): Actor => ({ id: "t", username: "t", displayName: "测试", sectionId: SECTION, sectionName: "统计测试科", roles: ["publisher"] });

beforeAll(async () => {
  await db().section.create({ data: { id: SECTION, name: `统计测试科${tag}`, kind: "bureau_section", sortOrder: 999 } });
  const c = await db().column.create({ data: { slug: SLUG, name: `统计测试栏目${tag}`, group: "topics", updateIntervalDays: 30, sections: { create: { sectionId: SECTION } } } });
  columnId = c.id;
  const P = "publication-approval";
  // 2025-Q4: one submission; 2026-Q1: one item submitted twice (one return between), one publication;
  // 2026-Q2: one submission and publication; 2026-Q3: a withdrawal; 2026-Q4 (Oct): one publication
  // whose record lacks the final sign-off, which supervision must show.
  await record(P, "draft", [["submit", "2025-11-03"]]);
  const q1 = await record(P, "published", [["submit", "2026-01-05"], ["chief_return", "2026-01-06"], ["submit", "2026-01-07"], ["finalize", "2026-01-09"]]);
  const q2 = await record(P, "published", [["submit", "2026-04-06"], ["finalize", "2026-04-08"]]);
  const bad = await record(P, "published", [["chief_approve", "2026-10-09"]]);
  await article("2026-01-09", q1);
  await article("2026-04-08", q2, "2026-08-03");
  await article("2026-10-09", bad);
  // Letters handled by the section: one answered in time, one late (both received in Q2), one still open.
  const L = "mailbox-letter";
  await record(L, "answered", [["submit", "2026-04-01"], ["forward", "2026-04-01"], ["approve", "2026-04-08"]], { handler: SECTION });
  await record(L, "answered", [["submit", "2026-04-01"], ["forward", "2026-04-01"], ["approve", "2026-06-01"]], { handler: SECTION });
  await record(L, "handling", [["submit", "2026-07-01"], ["forward", "2026-07-01"]], { handler: SECTION });
});

// Form events are append-only, so the records (and the section they point to) stay; they are
// moved to a form key nothing reads, so other files' lists and counts do not see them.
afterAll(async () => {
  await db().article.deleteMany({ where: { sectionId: SECTION } });
  await db().formRecord.updateMany({ where: { id: { in: recordIds } }, data: { formKey: "stats-test-fixture" } });
  await db().column.deleteMany({ where: { slug: SLUG } });
});

describe("statistics over fixture data spanning several quarters", () => {
  it("gives exactly the expected counts per quarter and per year", async () => {
    const r = await loadStats(db(), await actorOf(db(), "xxtjk"), NOW);
    expect(r.all).toBe(true);
    expect(r.sections.some((s) => s.id === SECTION)).toBe(true);
    expect(figuresFor(r.figures, SECTION, "2025")).toMatchObject({ submitted: 1, published: 0 });
    expect(figuresFor(r.figures, SECTION, "2026-Q1")).toEqual({ submitted: 1, adopted: 0, published: 1, returned: 1, withdrawn: 0, columnUpdates: 1, lettersReceived: 0, lettersAnswered: 0, lettersOnTime: 0 });
    expect(figuresFor(r.figures, SECTION, "2026-Q2")).toEqual({ submitted: 1, adopted: 0, published: 1, returned: 0, withdrawn: 0, columnUpdates: 1, lettersReceived: 2, lettersAnswered: 2, lettersOnTime: 1 });
    expect(figuresFor(r.figures, SECTION, "2026-Q3")).toMatchObject({ withdrawn: 1, lettersReceived: 1, lettersAnswered: 0 });
    expect(figuresFor(r.figures, SECTION, "2026")).toEqual({ submitted: 2, adopted: 0, published: 3, returned: 1, withdrawn: 1, columnUpdates: 3, lettersReceived: 3, lettersAnswered: 2, lettersOnTime: 1 });
  });

  it("puts the column past its 30-day interval, the unapproved item, the withdrawal and the overdue letter in supervision", async () => {
    const { supervision: s } = await loadStats(db(), await actorOf(db(), "jz"), NOW);
    const overdue = s.overdueColumns.find((o) => o.column.slug === SLUG);
    expect(overdue?.daysSince).toBe(42);
    expect(s.unapproved.filter((a) => a.sectionId === SECTION).map((a) => a.publishAt)).toEqual([at("2026-10-09")]);
    expect(s.withdrawals.filter((a) => a.sectionId === SECTION)).toHaveLength(1);
    expect(s.overdueLetters.filter((l) => l.sectionId === SECTION)).toHaveLength(1);
    // Through the real workflow nothing is published unapproved: the seeded site shows the zero.
    expect(s.unapproved.filter((a) => a.sectionId !== SECTION && !a.title.startsWith("统计测试"))).toEqual([]);
  });

  it("shows a section only its own figures and warnings", async () => {
    const r = await loadStats(db(), own(), NOW);
    expect(r.all).toBe(false);
    expect(r.sections.map((s) => s.id)).toEqual([SECTION]);
    expect(r.supervision.overdueColumns.map((o) => o.column.slug)).toEqual([SLUG]);
    expect(r.monitors.map((m) => m.key)).toEqual(["letters"]);
    expect(r.monitors[0]?.light).toBe("red");
  });

  it("turns the news monitor red once 工作动态 goes 14 days without an update", async () => {
    const last = await db().article.findFirstOrThrow({ where: { column: { slug: "news" }, withdrawnAt: null }, orderBy: { publishAt: "desc" } });
    const day = 86_400_000;
    const before = await loadStats(db(), await actorOf(db(), "xxtjk"), new Date(last.publishAt.getTime() + 13 * day));
    const after = await loadStats(db(), await actorOf(db(), "xxtjk"), new Date(last.publishAt.getTime() + 14 * day));
    expect(before.monitors.find((m) => m.key === "news")?.light).not.toBe("red");
    expect(after.monitors.find((m) => m.key === "news")?.light).toBe("red");
  });
});
