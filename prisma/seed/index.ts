import { createPrisma } from "../../lib/db/client";
import { hashPassword } from "../../lib/auth/password";
import { articleSearchFields } from "../../lib/content/search-fields";
import { demoBody, demoServiceGuide, DEMO_ARTICLES } from "./articles";
import { calendarSeed } from "./calendar";
import { COLUMNS } from "./columns";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { DEMO_INFORMANTS } from "./informants";
import { SECTIONS } from "./organisation";
import { recomputeOpenClocks } from "../../lib/form-engine/clock-rows";
import { FORMS } from "../../forms";

type Db = ReturnType<typeof createPrisma>;

async function seedSections(db: Db) {
  // Sections first without their overseer: the deputies' accounts need a section to exist.
  for (const [i, s] of SECTIONS.entries()) {
    const data = { name: s.name, kind: s.kind, sortOrder: i, enforcesLaw: s.enforcesLaw ?? false, isDemo: s.demo };
    await db.section.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
  }
  for (const s of SECTIONS.filter((x) => x.reportsTo)) {
    await db.section.update({ where: { id: s.id }, data: { reportsToId: s.reportsTo } });
  }
  const lines = SECTIONS.flatMap((s) => (s.alsoReportsTo ?? []).map((sectionId) => ({ reporterId: s.id, sectionId, isDemo: s.demo })));
  await db.reportingLine.createMany({ data: lines, skipDuplicates: true });
}

async function seedAccounts(db: Db) {
  let created = 0;
  for (const a of DEMO_ACCOUNTS) {
    const existing = await db.account.findUnique({ where: { username: a.username } });
    if (existing) continue; // never reset a password or roles someone has changed
    await db.account.create({
      data: { username: a.username, displayName: a.displayName, sectionId: a.sectionId, roles: a.roles, isDemo: true, passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    created++;
  }
  for (const s of SECTIONS.filter((x) => x.overseer)) {
    const deputy = await db.account.findUniqueOrThrow({ where: { username: s.overseer } });
    await db.section.update({ where: { id: s.id }, data: { overseerId: deputy.id } });
  }
  return created;
}

async function seedColumns(db: Db) {
  for (const [i, c] of COLUMNS.entries()) {
    const exists = await db.column.findUnique({ where: { slug: c.slug } });
    if (exists) continue; // the live table belongs to the column-assignment workflow once seeded
    await db.column.create({
      data: {
        slug: c.slug, name: c.name, group: c.group, kind: c.kind, sortOrder: i,
        updateIntervalDays: c.updateIntervalDays ?? null, externalUrl: c.externalUrl ?? null,
        pageBody: c.pageBody ?? null, description: c.description,
        sections: {
          create: [
            ...c.sections.map((sectionId) => ({ sectionId })),
            ...(c.entrusted ?? []).map((sectionId) => ({ sectionId, entrusted: true })),
          ],
        },
      },
    });
  }
}

async function seedArticles(db: Db) {
  let created = 0;
  const now = Date.now();
  for (const [ci, c] of COLUMNS.entries()) {
    const titles = DEMO_ARTICLES[c.slug];
    if (!titles) continue;
    const column = await db.column.findUniqueOrThrow({ where: { slug: c.slug } });
    const sectionId = c.sections[0] ?? "yzk";
    for (const [i, title] of titles.entries()) {
      if (await db.article.findFirst({ where: { columnId: column.id, title, isDemo: true } })) continue;
      const publishAt = new Date(now - ((i * 5 + (ci % 4)) * 24 + 3 + ci) * 3600_000);
      const bodyHtml = demoBody(title, c.name);
      await db.article.create({
        data: {
          columnId: column.id, sectionId, title, bodyHtml, summary: `${title}（演示数据）`, publishAt, isDemo: true,
          ...articleSearchFields(title, bodyHtml),
          ...(c.slug === "guides" ? { serviceGuide: demoServiceGuide(title) } : {}),
        },
      });
      created++;
    }
  }
  return created;
}

// Articles written before site search existed get their search words once.
async function backfillSearchFields(db: Db) {
  const stale = await db.article.findMany({ where: { searchTitle: "" }, select: { id: true, title: true, bodyHtml: true } });
  for (const a of stale) await db.article.update({ where: { id: a.id }, data: articleSearchFields(a.title, a.bodyHtml) });
}

// skipDuplicates keeps the register as the system administrator changed it.
async function seedInformants(db: Db) {
  await db.informant.createMany({ data: DEMO_INFORMANTS, skipDuplicates: true });
}

async function seedCalendar(db: Db) {
  const { days, years } = calendarSeed();
  // skipDuplicates keeps an administrator's corrections on a later run.
  await db.calendarDay.createMany({ data: days, skipDuplicates: true });
  await db.calendarYear.createMany({ data: years.map((year) => ({ year })), skipDuplicates: true });
}

/** Seeds the organisation, the Art. 10 columns, demo accounts and articles, and the calendar. Idempotent. */
export async function seedAll(url: string): Promise<string> {
  const db = createPrisma(url);
  try {
    await seedSections(db);
    const accounts = await seedAccounts(db);
    await seedColumns(db);
    await seedInformants(db);
    const articles = await seedArticles(db);
    await backfillSearchFields(db);
    await seedCalendar(db);
    // Derived clock rows for records that predate them (e.g. letters received before issue 11).
    await recomputeOpenClocks(db, FORMS);
    return `${accounts} new accounts, ${articles} new articles`;
  } finally {
    await db.$disconnect();
  }
}
