// Art. 17: with 是否涉密 = 是 nothing typed reaches the database, not even a draft; only the attempt
// is audited. And the migration that purges classified drafts saved before this rule.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLASSIFIED_REFUSAL } from "@/forms/publication-approval";
import { db } from "@/test/integration/db";
import { FieldErrors } from "./errors";
import { actorOf } from "./test-actors";
import { transition, type TransitionInput } from "./transition";

const FORM = "publication-approval";

async function act(input: Omit<TransitionInput, "formKey">) {
  return transition(db(), await actorOf(db(), "yzk"), { formKey: FORM, ...input });
}

async function typed(marker: string, over: Record<string, unknown> = {}) {
  const column = (await db().column.findUniqueOrThrow({ where: { slug: "blood-donation" } })).id;
  return { secret: "yes", title: `${marker} 标题`, body: `<p>${marker} 正文</p>`, note: `${marker} 备注`, column, publishDate: "2020-01-01", special: "no", ...over };
}

async function refusedOnSecret(p: Promise<unknown>): Promise<string | undefined> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(FieldErrors);
  return (e as FieldErrors).fields.secret;
}

/** Rows of each table whose any column holds the text, read as JSON so no column is missed. */
async function rowsHolding(text: string) {
  const like = `%${text}%`;
  const [records, events, audits] = await Promise.all([
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM form_records r WHERE row_to_json(r)::text LIKE ${like}`,
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM form_events e WHERE row_to_json(e)::text LIKE ${like}`,
    db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM audit_events a WHERE row_to_json(a)::text LIKE ${like}`,
  ]);
  return { records: Number(records[0]?.n), events: Number(events[0]?.n), audits: Number(audits[0]?.n) };
}

const none = { records: 0, events: 0, audits: 0 };

describe("a classified (涉密) publication approval", () => {
  it("stores nothing typed on 保存草稿 or 提交审核, says why beside 是否涉密, and audits only the attempt", async () => {
    const marker = `CLASSIFIED${Math.random().toString(36).slice(2, 10)}`;
    const yzk = await actorOf(db(), "yzk");
    const since = new Date();
    const recordsBefore = await db().formRecord.count();
    const eventsBefore = await db().formEvent.count();

    expect(await refusedOnSecret(act({ action: "save", data: await typed(marker) }))).toBe(CLASSIFIED_REFUSAL);
    expect(await refusedOnSecret(act({ action: "submit", data: await typed(marker) }))).toBe(CLASSIFIED_REFUSAL);

    expect(await rowsHolding(marker)).toEqual(none);
    expect(await db().formRecord.count()).toBe(recordsBefore);
    expect(await db().formEvent.count()).toBe(eventsBefore);
    const attempts = await db().auditEvent.findMany({ where: { action: "form.refused", actorId: yzk.id, at: { gte: since } }, orderBy: { id: "asc" } });
    expect(attempts.map((a) => a.detail)).toEqual([
      { formKey: FORM, action: "save", field: "secret" },
      { formKey: FORM, action: "submit", field: "secret" },
    ]);
    expect(attempts.every((a) => a.actorName === yzk.displayName && a.objectId === null)).toBe(true);
  });

  it("refuses turning a saved draft classified, keeping the stored draft as it was", async () => {
    const marker = `CLASSIFIED${Math.random().toString(36).slice(2, 10)}`;
    const { recordId, version } = await act({ action: "save", data: await typed("普通草稿", { secret: "no" }) });
    expect(await refusedOnSecret(act({ recordId, version, action: "save", data: await typed(marker) }))).toBe(CLASSIFIED_REFUSAL);
    expect(await rowsHolding(marker)).toEqual(none);
    const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
    expect(r.version).toBe(version);
    expect((r.data as Record<string, unknown>).secret).toBe("no");
    const attempt = await db().auditEvent.findFirstOrThrow({ where: { action: "form.refused", objectId: recordId } });
    expect(attempt.detail).toEqual({ formKey: FORM, action: "save", field: "secret" });
  });

  it("is purged by the migration: content, title and files removed, the record marked, others untouched", async () => {
    const marker = `CLASSIFIED${Math.random().toString(36).slice(2, 10)}`;
    const yzk = await actorOf(db(), "yzk");
    const upload = `${marker.toLowerCase()}.pdf`;
    await db().storedUpload.create({ data: { name: upload, mime: "application/pdf", size: 4, bytes: Buffer.from("%PDF"), uploaderId: yzk.id } });
    // A classified draft saved before the rule, as the old code stored it.
    const data = { ...(await typed(marker)), attachments: [{ name: `${marker}.pdf`, url: `/api/uploads/${upload}`, size: 4, type: "application/pdf" }], images: [] };
    const old = await db().formRecord.create({ data: { formKey: FORM, state: "draft", sectionId: "yzk", createdById: yzk.id, data, title: `${marker} 标题` } });
    const plain = await act({ action: "save", data: await typed("普通草稿", { secret: "no" }) });
    const plainBefore = await db().formRecord.findUniqueOrThrow({ where: { id: plain.recordId } });

    const sql = readFileSync(path.join(process.cwd(), "prisma/migrations/20261128100000_purge_classified_drafts/migration.sql"), "utf8");
    const purge = sql.slice(sql.indexOf("DELETE FROM")).split(/;\s*\n/).filter((s) => s.trim());
    for (const statement of purge) await db().$executeRawUnsafe(statement);

    const after = await db().formRecord.findUniqueOrThrow({ where: { id: old.id } });
    expect(after.classifiedPurgedAt).not.toBeNull();
    expect(after.title).toBe("（涉密内容已清除）");
    expect((after.data as Record<string, unknown>).secret).toBe("yes");
    expect(await rowsHolding(marker)).toEqual(none);
    expect(await db().storedUpload.findUnique({ where: { name: upload } })).toBeNull();
    expect(await db().formRecord.findUniqueOrThrow({ where: { id: plain.recordId } })).toEqual(plainBefore);
  });
});
