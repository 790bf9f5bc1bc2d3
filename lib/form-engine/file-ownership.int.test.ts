// Linking a file is granting access to it (lib/content/upload-access.ts), so the one transition
// path refuses a file new to a record unless the acting account uploaded it. On real PostgreSQL:
// another section's publisher, a signed-out citizen and a forged derived record are refused and
// nothing is stored; a colleague keeps the files already on a record; 采用 still carries the
// unit's files into the approval draft.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mayReadUpload } from "@/lib/content/upload-access";
import { AppError } from "@/lib/errors";
import { createDerivedRecord } from "./derived-record";
import { FieldErrors } from "./errors";
import { responsibleColumns } from "./options";
import { getForm } from "./registry";
import { actorOf } from "./test-actors";
import { transition } from "./transition";
import { readUpload, saveUpload } from "./uploads";
import { db } from "@/test/integration/db";

const APPROVAL = "publication-approval";
const SUBMISSION = "unit-submission";
const pdf = new TextEncoder().encode("%PDF-1.4 只给本科室");
const storedName = (url: string) => url.split("/").pop()!;

async function upload(username: string, name = "内部草稿.pdf") {
  return saveUpload(name, pdf, "attachment", (await actorOf(db(), username)).id);
}

async function act(username: string | null, formKey: string, recordId: string | null, action: string, data?: unknown, via?: Parameters<typeof transition>[3]) {
  const r = recordId ? await db().formRecord.findUniqueOrThrow({ where: { id: recordId } }) : null;
  return transition(db(), username ? await actorOf(db(), username) : null, { formKey, recordId, action, version: r?.version ?? null, data }, via);
}

async function approvalData(over: Record<string, unknown> = {}, sectionId = "yzk") {
  const column = (await responsibleColumns(db(), sectionId))[0]!.id;
  return { secret: "no", special: "no", column, publishDate: "2026-01-01", title: `附件归属 ${randomUUID().slice(0, 8)}`, body: "<p>草稿</p>", attachments: [], images: [], ...over };
}

async function fieldErrors(p: Promise<unknown>): Promise<Record<string, string>> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FieldErrors);
  return (err as FieldErrors).fields;
}

const mayRead = async (name: string, username: string | null) =>
  mayReadUpload(name, (await readUpload(name))!.uploaderId, username ? await actorOf(db(), username) : null);

describe("a file new to a record must be the acting account's own upload", () => {
  it("another section cannot take a draft's file by its stored name, in any field, and stores nothing", async () => {
    const file = await upload("yzk");
    const name = storedName(file.url);
    await act("yzk", APPROVAL, null, "save", await approvalData({ attachments: [file] }));
    expect(await mayRead(name, "bgs")).toBe(false);

    // 办公室 (bgs) puts 医政科's file into a new draft: as an attachment, an image in the body, a
    // link in the note, or renamed as an image.
    const data = await approvalData({}, "bgs");
    const attempts: [Record<string, unknown>, string][] = [
      [{ attachments: [file] }, "attachments"],
      [{ body: `<p>见图</p><img src="/api/uploads/${name}">` }, "body"],
      [{ note: `/api/uploads/${name}` }, "note"],
      [{ images: [{ ...file, name: "改名.png", type: "image/png" }] }, "images"],
    ];
    for (const [over, field] of attempts) {
      const fields = await fieldErrors(act("bgs", APPROVAL, null, "save", { ...data, ...over }));
      expect(Object.keys(fields)).toEqual([field]);
      expect(fields[field]).toMatch(/不是本账号上传的/);
    }
    expect(await db().formRecord.count({ where: { title: data.title as string } })).toBe(0);

    // Nor into a draft it already has: the stored draft is unchanged.
    const own = await act("bgs", APPROVAL, null, "save", data);
    const fields = await fieldErrors(act("bgs", APPROVAL, own.recordId, "save", { ...data, attachments: [file] }));
    expect(fields.attachments).toContain("“附件”中有1个文件不是本账号上传的");
    const after = await db().formRecord.findUniqueOrThrow({ where: { id: own.recordId } });
    expect(after.version).toBe(own.version);
    expect(JSON.stringify(after.data)).not.toContain(name);
    expect(await mayRead(name, "bgs")).toBe(false);

    // Its own upload goes in as before.
    const mine = await upload("bgs");
    expect((await act("bgs", APPROVAL, own.recordId, "save", { ...data, attachments: [mine] })).version).toBe(own.version + 1);
  });

  it("a made-up file link in a file field is refused as well", async () => {
    const fields = await fieldErrors(act("yzk", APPROVAL, null, "save", await approvalData({ attachments: [{ name: "x.pdf", url: "/u/x.pdf", size: 10, type: "application/pdf" }] })));
    expect(fields.attachments).toMatch(/不是在本系统上传的/);
  });

  it("a colleague keeps the files already on the record, but cannot add the drafter's other files", async () => {
    const first = await upload("rcq-xxy", "报送材料.pdf");
    const other = await upload("rcq-xxy", "未报送.pdf");
    const colleague = await db().account.create({ data: { username: `rcq-xxy-${randomUUID().slice(0, 6)}`, displayName: "榕城区另一位信息员", passwordHash: "x", sectionId: "rcq", roles: ["reporter"] } });
    const material = { secret: "no", target: "jcwsk", title: `同事修改 ${randomUUID().slice(0, 8)}`, body: "<p>草稿</p>", attachments: [first], images: [], suggestedColumn: "news", contact: "陈信息", phone: "0663-8221234" };
    const draft = await act("rcq-xxy", SUBMISSION, null, "save", material);

    // The colleague edits the draft: the first reporter's file stays; its own file may be added.
    const mine = await upload(colleague.username, "补充材料.pdf");
    const saved = await act(colleague.username, SUBMISSION, draft.recordId, "save", { ...material, title: `${material.title} 修改`, attachments: [first, mine] });
    expect(saved.version).toBe(draft.version + 1);
    expect(await mayRead(storedName(first.url), colleague.username)).toBe(true);
    // A file of the drafter that is not on the record is still not the colleague's to link.
    const fields = await fieldErrors(act(colleague.username, SUBMISSION, draft.recordId, "save", { ...material, attachments: [first, mine, other] }));
    expect(fields.attachments).toMatch(/1个文件不是本账号上传的/);
    expect(await mayRead(storedName(other.url), colleague.username)).toBe(false);
  });

  it("采用 copies the unit's files into the approval draft, which its publisher may then save", async () => {
    const file = await upload("rcq-xxy", "单位附件.pdf");
    const material = { secret: "no", target: "jcwsk", title: `采用附件 ${randomUUID().slice(0, 8)}`, body: "<p>正文</p>", attachments: [file], images: [], suggestedColumn: "news", contact: "陈信息", phone: "0663-8221234" };
    const sub = await act("rcq-xxy", SUBMISSION, null, "submit", material);
    await act("jcwsk", SUBMISSION, sub.recordId, "adopt");
    const { approvalId } = await db().submissionAdoption.findUniqueOrThrow({ where: { submissionId: sub.recordId } });
    const draft = await db().formRecord.findUniqueOrThrow({ where: { id: approvalId } });
    expect((draft.data as { attachments: unknown[] }).attachments).toEqual([file]);
    const saved = await act("jcwsk", APPROVAL, approvalId, "save", { ...(draft.data as object), note: "已核对附件。" });
    expect(saved.version).toBe(draft.version + 1);
  });

  it("a derived record cannot bring a file its source does not link", async () => {
    const def = getForm(APPROVAL)!;
    const foreign = await upload("yzk");
    const actor = await actorOf(db(), "jcwsk");
    const data = { ...(await approvalData()), column: "", attachments: [foreign], applicant: actor.displayName, section: "基层卫生科", applyDate: "2026-01-01", note: "" };
    const err = await db().$transaction((tx) => createDerivedRecord(tx, actor, { def, action: "save", sectionId: "jcwsk", data, opinion: "伪造", detail: {}, filesFrom: { attachments: [] } })).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(FieldErrors);
    expect(await db().formRecord.count({ where: { title: data.title } })).toBe(0);
  });

  it("a signed-out citizen's letter or application cannot link a staff file", async () => {
    const file = await upload("yzk");
    const description = `请公开此文件 /api/uploads/${storedName(file.url)}`;
    const data = { applicantType: "person", idType: "resident", idNumber: "445202199001011234", name: "测试申请人", phone: "13800001111", address: "揭阳市榕城区", description, medium: "electronic", delivery: "email" };
    const err = await act(null, "disclosure-request", null, "apply", data, { entry: "public" }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as FieldErrors).fields.description).toMatch(/不是本账号上传的/);
    expect(await db().formRecord.count({ where: { formKey: "disclosure-request", data: { path: ["description"], equals: description } } })).toBe(0);
  });
});
