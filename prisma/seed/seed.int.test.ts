import { describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { DEMO_ARTICLES } from "./articles";
import { COLUMNS } from "./columns";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { seedAll } from "./index";

async function snapshot() {
  const d = db();
  return {
    sections: await d.section.findMany({ orderBy: { id: "asc" } }),
    accounts: await d.account.findMany({ orderBy: { username: "asc" }, select: { username: true, passwordHash: true, roles: true, sectionId: true, isDemo: true } }),
    columns: await d.column.findMany({ orderBy: { slug: "asc" }, include: { sections: { orderBy: { sectionId: "asc" } } } }),
    articles: await d.article.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, columnId: true, publishAt: true } }),
    calendar: await d.calendarDay.count(),
  };
}

describe("seed", () => {
  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    await seedAll(process.env.MIGRATION_DATABASE_URL!);
    expect(await snapshot()).toEqual(before);
  });

  it("marks demo data as demo", async () => {
    const d = db();
    expect(await d.account.count({ where: { isDemo: true, username: { in: DEMO_ACCOUNTS.map((a) => a.username) } } })).toBe(DEMO_ACCOUNTS.length);
    // The seed's own articles (other files write theirs to the same database, in any order).
    const titles = Object.values(DEMO_ARTICLES).flat();
    expect(await d.article.count({ where: { title: { in: titles }, recordId: null, isDemo: false } })).toBe(0);
    expect(await d.article.count({ where: { title: { in: titles }, isDemo: true } })).toBeGreaterThanOrEqual(titles.length);
    expect((await d.section.findUniqueOrThrow({ where: { id: "jkk" } })).isDemo).toBe(true);
    expect((await d.section.findUniqueOrThrow({ where: { id: "yzk" } })).isDemo).toBe(false);
  });

  it("puts demo articles in every list column", async () => {
    // The seeded columns: other test files add columns of their own to the shared database.
    const seeded = COLUMNS.map((c) => c.slug);
    const lists = await db().column.findMany({ where: { kind: "list", slug: { in: seeded } }, include: { _count: { select: { articles: true } } } });
    expect(lists.length).toBeGreaterThan(10);
    for (const c of lists) expect(c._count.articles, c.name).toBeGreaterThan(0);
  });

  it("records which deputy oversees each bureau section", async () => {
    const yzk = await db().section.findUniqueOrThrow({ where: { id: "yzk" }, include: { overseer: true } });
    expect(yzk.overseer?.username).toBe("fjz2");
    expect(yzk.overseer?.roles).toContain("deputy_director");
  });
});
