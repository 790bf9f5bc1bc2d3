import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/can";
import { mayReadUpload } from "@/lib/content/upload-access";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { readUpload, saveUpload } from "@/lib/form-engine/uploads";
import { db } from "@/test/integration/db";
import { moveUploadsFromDisk } from "./move-from-disk";

const pdf = new TextEncoder().encode("%PDF-1.4 草稿附件");
const storedName = (url: string) => url.split("/").pop()!;

async function draftWithFile(username: string) {
  const file = await saveUpload("草稿附件.pdf", pdf, "attachment", (await actorOf(db(), username)).id);
  const column = (await db().column.findUniqueOrThrow({ where: { slug: "notices" } })).id;
  const data = { secret: "no", special: "no", column, publishDate: "2026-01-01", title: "附件权限测试", body: "<p>草稿</p>", attachments: [file] };
  const { recordId } = await transition(db(), await actorOf(db(), username), { formKey: "publication-approval", recordId: null, action: "save", version: null, data });
  return { name: storedName(file.url), recordId };
}

describe("uploads in PostgreSQL (issue 16: every instance serves every file)", () => {
  it("stores the bytes under a random name and reads back only such names", async () => {
    const f = await saveUpload("献血.pdf", pdf, "attachment", null);
    expect(f).toMatchObject({ name: "献血.pdf", size: pdf.length, type: "application/pdf" });
    const read = await readUpload(storedName(f.url));
    expect(Buffer.from(read!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(await readUpload("../../etc/passwd")).toBeNull();
  });

  it("moves the files of the old uploads folder into the table once, keeping the folder aside", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "legacy-")), "uploads");
    fs.mkdirSync(dir);
    const name = "11111111-2222-4333-8444-555555555555.pdf";
    fs.writeFileSync(path.join(dir, name), pdf);
    fs.writeFileSync(path.join(dir, "notes.txt"), "not an upload");
    expect(await moveUploadsFromDisk(process.env.DATABASE_URL!, dir)).toBe(1);
    expect(Buffer.from((await readUpload(name))!.bytes).toString()).toBe(Buffer.from(pdf).toString());
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.existsSync(`${dir}.moved-to-database/${name}`)).toBe(true);
    expect(await moveUploadsFromDisk(process.env.DATABASE_URL!, dir)).toBe(0);
  });
});

describe("who may read a draft's upload (issue 15 item 14)", () => {
  it("those who may see the record, not any signed-in account", async () => {
    const { name } = await draftWithFile("yzk");
    const file = (await readUpload(name))!;
    const may = async (username: string | null) => mayReadUpload(name, file.uploaderId, username ? await actorOf(db(), username) : null);
    expect(await may("yzk")).toBe(true); // the drafter
    expect(await may("yzk-kz")).toBe(true); // the section chief who reviews it
    expect(await may("rcq-xxy")).toBe(false); // a county reporter
    expect(await may("auditor")).toBe(false);
    expect(await may("bgs")).toBe(false); // another section's publisher
    expect(await may(null)).toBe(false);
  });

  it("those who may see the record, for a picture inside its 正文 too", async () => {
    const yzk = await actorOf(db(), "yzk");
    const image = await saveUpload("流程图.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image", yzk.id);
    const column = (await db().column.findUniqueOrThrow({ where: { slug: "notices" } })).id;
    const body = `<p>流程如下：</p><p><img src="${image.url}" alt="流程图"></p>`;
    await transition(db(), yzk, { formKey: "publication-approval", recordId: null, action: "save", version: null, data: { secret: "no", special: "no", column, publishDate: "2026-01-01", title: "正文图片权限测试", body } });
    const name = storedName(image.url);
    const may = async (username: string) => mayReadUpload(name, yzk.id, await actorOf(db(), username));
    expect(await may("yzk-kz")).toBe(true); // the chief reviewing the draft sees its pictures
    expect(await may("bgs")).toBe(false);
    expect(await may("rcq-xxy")).toBe(false);
  });

  it("the uploader alone, before the file is saved in any record", async () => {
    const f = await saveUpload("未保存.pdf", pdf, "attachment", (await actorOf(db(), "xck")).id);
    const name = storedName(f.url);
    expect(await mayReadUpload(name, (await readUpload(name))!.uploaderId, await actorOf(db(), "xck"))).toBe(true);
    expect(await mayReadUpload(name, (await readUpload(name))!.uploaderId, await actorOf(db(), "yzk"))).toBe(false);
  });

  it("the auditor may not upload", async () => {
    expect(can(await actorOf(db(), "auditor"), "upload.create")).toBe(false);
    expect(can(await actorOf(db(), "yzk"), "upload.create")).toBe(true);
  });
});
