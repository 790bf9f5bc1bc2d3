import { afterAll, describe, expect, it } from "vitest";
import { FieldErrors } from "@/lib/form-engine/errors";
import { responsibleColumns } from "@/lib/form-engine/options";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition, type TransitionInput } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";
import { refusal } from "@/test/integration/steps";
import { diffSnapshots } from "./diff";
import { draftFlagsFor } from "./draft-flags";
import { diffVersions, liveTree } from "./table";
import type { TableSnapshot } from "./snapshot";

const FORM = "column-assignment";
type VersionRow = { recordId: string | null; snapshot: unknown };
const CHIEFS = ["bgs-kz", "rsk-kz", "xxtjk-kz", "xck-kz", "yzk-kz", "jkk-kz", "jcwsk-kz"];
const LEADERS = ["fjz1", "fjz2", "fjz3", "jz"];
const uniq = () => Math.random().toString(36).slice(2, 8);

async function act(username: string, input: Omit<TransitionInput, "formKey">, formKey = FORM) {
  return transition(db(), await actorOf(db(), username), { formKey, ...input });
}

async function step(username: string, recordId: string, action: string, extra: Partial<TransitionInput> = {}) {
  const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return act(username, { recordId, action, version: r.version, ...extra }, r.formKey);
}

const row = (op: string, column: string, over: Record<string, string> = {}) => ({ op, column, name: "", parent: "", sectionId: "", interval: "", target: "", ...over });

function proposal(changes: unknown[], over: Record<string, unknown> = {}) {
  return { scope: "minor", description: `栏目调整 ${uniq()}`, opinionDeadline: "", changes, ...over };
}

/** Runs a minor change through 提交审核 → 审核通过 → 批准 → 生效 (no 审定, Art. 5). */
async function approveMinor(changes: unknown[]) {
  const { recordId } = await act("xxtjk", { action: "submit", data: proposal(changes) });
  await step("bgs-kz", recordId, "office_approve");
  expect((await step("fjz1", recordId, "deputy_approve")).state).toBe("approved");
  return { recordId, result: await step("xxtjk", recordId, "apply") };
}

async function sectionsOf(slug: string) {
  const c = await db().column.findUniqueOrThrow({ where: { slug }, include: { sections: true } });
  return c.sections.map((s) => s.sectionId);
}

describe("the column responsibility table workflow", () => {
  // Other test files share this database (one checks every list column has articles): the
  // columns these tests add go again.
  afterAll(async () => {
    await db().column.deleteMany({ where: { slug: { startsWith: "t-" }, articles: { none: {} } } });
  });

  it("adds a column, then moves it from 医政科 to 宣传科: the picker, the server check and drafts follow", async () => {
    const slug = `t-${uniq()}`;
    const added = await approveMinor([row("add", slug, { name: "测试专栏", sectionId: "yzk", interval: "30", parent: "" })]);
    expect(added.result.state).toBe("effective");
    expect(await sectionsOf(slug)).toEqual(["yzk"]);
    const columnId = (await db().column.findUniqueOrThrow({ where: { slug } })).id;
    expect((await responsibleColumns(db(), "yzk")).some((c) => c.id === columnId)).toBe(true);

    // A 医政科 draft in flight for the column.
    const draft = await act("yzk", { action: "save", data: { secret: "no", title: `草稿 ${uniq()}`, column: columnId } }, "publication-approval");
    const versionsBefore = await db().columnTableVersion.count();

    const moved = await approveMinor([row("section", slug, { sectionId: "xck" })]);
    expect(moved.result.state).toBe("effective");
    expect(await sectionsOf(slug)).toEqual(["xck"]);
    expect((await responsibleColumns(db(), "yzk")).some((c) => c.id === columnId)).toBe(false);
    expect((await responsibleColumns(db(), "xck")).some((c) => c.id === columnId)).toBe(true);

    // The old section can no longer submit to the column; the new one can.
    const err = await refusal(step("yzk", draft.recordId, "submit", { data: { secret: "no", title: "草稿", body: "<p>正文</p>", column: columnId, publishDate: "2026-01-01", special: "no" } }));
    expect(err).toBeInstanceOf(FieldErrors);
    expect((err as FieldErrors).fields.column).toContain("第十条");
    const xck = await act("xck", { action: "save", data: { secret: "no", title: `宣传科 ${uniq()}`, column: columnId } }, "publication-approval");
    expect(xck.state).toBe("draft");

    // The draft is flagged to the new section.
    const flags = await db().columnDraftFlag.findMany({ where: { recordId: draft.recordId } });
    expect(flags).toMatchObject([{ columnId, fromSection: "yzk", toSection: "xck" }]);
    expect((await draftFlagsFor(db(), "xck")).map((f) => f.recordId)).toContain(draft.recordId);
    expect((await draftFlagsFor(db(), "yzk")).map((f) => f.recordId)).not.toContain(draft.recordId);

    // Both versions are kept, and the diff reads as the change.
    expect(await db().columnTableVersion.count()).toBe(versionsBefore + 1);
    const [after, before] = (await db().columnTableVersion.findMany({ orderBy: { id: "desc" }, take: 2 })) as unknown as [VersionRow, VersionRow];
    expect(after.recordId).toBe(moved.recordId);
    const lines = diffSnapshots(before.snapshot as unknown as TableSnapshot, after.snapshot as unknown as TableSnapshot, { yzk: "医政科", xck: "宣传科" });
    expect(lines).toEqual(["栏目“测试专栏”责任科室：医政科 → 宣传科"]);
    // The staff screen reads the same: the diff by version ids, the live tree with sections.
    const ids = (await db().columnTableVersion.findMany({ orderBy: { id: "desc" }, take: 2, select: { id: true } })).map((v) => v.id);
    expect(await diffVersions(db(), ids[1]!, ids[0]!)).toEqual(lines);
    expect((await liveTree(db())).find((c) => c.slug === slug)).toMatchObject({ sections: ["xck"], intervalDays: 30, depth: 0 });
  });

  it("asks every bureau section and every leader for an opinion on a 大幅度调整 before 局长 审定", async () => {
    const slug = `t-${uniq()}`;
    const { recordId } = await act("xxtjk", { action: "submit", data: proposal([row("topic", slug, { name: "专题：健康揭阳", sectionId: "xck" })], { scope: "major", opinionDeadline: "2099-12-31" }) });
    await step("bgs-kz", recordId, "office_approve");
    expect((await step("fjz1", recordId, "deputy_approve")).state).toBe("opinions");
    // 审定 is not possible yet, and the round cannot be closed before its deadline.
    expect((await refusal(step("jz", recordId, "director_approve"))).code).toBe("illegal_step");
    const everyone = [...CHIEFS, ...LEADERS];
    for (const [i, who] of everyone.entries()) {
      const r = await step(who, recordId, "give_opinion", { opinion: `同意（${who}）` });
      expect(r.state).toBe(i === everyone.length - 1 ? "director_review" : "opinions");
    }
    expect((await step("jz", recordId, "director_approve")).state).toBe("approved");
    // Nothing changes before 生效.
    expect(await db().column.findUnique({ where: { slug } })).toBeNull();
    expect((await step("xxtjk", recordId, "apply")).state).toBe("effective");
    const c = await db().column.findUniqueOrThrow({ where: { slug } });
    expect(c.group).toBe("topics");
    expect(await sectionsOf(slug)).toEqual(["xck"]);
  });

  it("gives a unit's 专题专栏 (Art. 6) to the unit, kept through its city section", async () => {
    const slug = `t-${uniq()}`;
    await approveMinor([row("topic", slug, { name: "卫生监督专题", sectionId: "wsjds", interval: "30" })]);
    const c = await db().column.findUniqueOrThrow({ where: { slug }, include: { sections: true } });
    expect(c.group).toBe("topics");
    expect(c.sections).toMatchObject([{ sectionId: "wsjds", entrusted: true }]);
    // 市卫生监督所 reports to 医政科, which may publish to the unit's topic; 宣传科 may not.
    expect((await responsibleColumns(db(), "yzk")).some((x) => x.id === c.id)).toBe(true);
    expect((await responsibleColumns(db(), "xck")).some((x) => x.id === c.id)).toBe(false);
  });

  it("refuses anyone else who tries to propose or approve", async () => {
    const changes = [row("hide", "themes")];
    for (const u of ["yzk", "xxtjk-kz", "bgs-kz", "jz"]) expect((await refusal(act(u, { action: "submit", data: proposal(changes) }))).code).toBe("forbidden");
    const { recordId } = await act("xxtjk", { action: "submit", data: proposal(changes) });
    for (const u of ["xck-kz", "xxtjk", "fjz1", "jz"]) expect((await refusal(step(u, recordId, "office_approve"))).code).toMatch(/forbidden|not_found/);
    await step("bgs-kz", recordId, "office_approve");
    // fjz2 oversees 医政科 and 宣传科, not 信息统计科.
    for (const u of ["fjz2", "bgs-kz", "jz"]) expect((await refusal(step(u, recordId, "deputy_approve"))).code).toMatch(/forbidden|not_found/);
    await step("fjz1", recordId, "deputy_approve");
    // Only 信息统计科's account puts the approved table into effect.
    for (const u of ["jz", "xxtjk-kz", "bgs-kz", "yzk"]) expect((await refusal(step(u, recordId, "apply"))).code).toMatch(/forbidden|not_found/);
    expect((await db().column.findUniqueOrThrow({ where: { slug: "themes" } })).visible).toBe(true);
  });

  it("refuses a row naming a missing column when it is proposed", async () => {
    const err = await refusal(act("xxtjk", { action: "submit", data: proposal([row("hide", "themes"), row("rename", "no-such-column", { name: "不存在" })]) }));
    expect(err.userMessage).toContain("第2行（no-such-column）：栏目“no-such-column”不存在。");
    expect((await db().column.findUniqueOrThrow({ where: { slug: "themes" } })).visible).toBe(true);
  });

  it("applies all rows or none: a row that fails at 生效 leaves the old table whole", async () => {
    const slug = `t-${uniq()}`;
    const taken = `t-${uniq()}`;
    await approveMinor([row("add", slug, { name: "原名", sectionId: "yzk" })]);
    // Proposed while `taken` is free; another change takes the code before this one takes effect.
    const { recordId } = await act("xxtjk", {
      action: "submit",
      data: proposal([row("rename", slug, { name: "新名" }), row("section", slug, { sectionId: "xck" }), row("add", taken, { name: "新增", sectionId: "xck" })]),
    });
    await step("bgs-kz", recordId, "office_approve");
    await step("fjz1", recordId, "deputy_approve");
    await approveMinor([row("add", taken, { name: "抢先", sectionId: "yzk" })]);
    const versions = await db().columnTableVersion.count();
    const err = await refusal(step("xxtjk", recordId, "apply"));
    expect(err.userMessage).toContain(`第3行（${taken}）`);
    expect(err.userMessage).toContain("已被使用");
    const c = await db().column.findUniqueOrThrow({ where: { slug } });
    expect(c.name).toBe("原名");
    expect(await sectionsOf(slug)).toEqual(["yzk"]);
    expect(await db().columnTableVersion.count()).toBe(versions);
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("approved");
  });

  it("removes a column only when empty or when its items have somewhere to go", async () => {
    const slug = `t-${uniq()}`;
    await approveMinor([row("add", slug, { name: "待删除", sectionId: "xck" })]);
    const c = await db().column.findUniqueOrThrow({ where: { slug } });
    const some = await db().article.findFirstOrThrow();
    const moved = await db().article.update({ where: { id: some.id }, data: { columnId: c.id } });
    expect((await refusal(act("xxtjk", { action: "submit", data: proposal([row("remove", slug)]) }))).userMessage).toContain("请填写信息转入的栏目");
    const again = await approveMinor([row("remove", slug, { target: "news" })]);
    expect(again.result.state).toBe("effective");
    expect(await db().column.findUnique({ where: { slug } })).toBeNull();
    const news = await db().column.findUniqueOrThrow({ where: { slug: "news" } });
    expect((await db().article.findUniqueOrThrow({ where: { id: moved.id } })).columnId).toBe(news.id);
    // Other test files share this database: the borrowed article goes back where it was.
    await db().article.update({ where: { id: some.id }, data: { columnId: some.columnId } });
  });
});
