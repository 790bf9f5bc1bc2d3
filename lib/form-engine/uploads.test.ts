import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkUpload, readUpload, saveUpload } from "./uploads";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe("uploads", () => {
  it("refuses wrong types, fake images, empty and oversized files in Chinese", () => {
    expect(() => checkUpload("a.exe", png, "attachment")).toThrow(/文件类型不允许/);
    expect(() => checkUpload("a.pdf", png, "image")).toThrow(/图片只能是/);
    expect(() => checkUpload("a.png", new Uint8Array([1, 2, 3]), "image")).toThrow(/不是有效的图片/);
    expect(() => checkUpload("a.txt", new Uint8Array(), "attachment")).toThrow(/空文件/);
    expect(() => checkUpload("a.txt", new Uint8Array(21 * 1024 * 1024), "attachment")).toThrow(/超过20MB/);
    expect(checkUpload("照片.PNG", png, "image")).toBe("image/png");
  });

  it("stores under a random name and reads back only such names", async () => {
    process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "uploads-"));
    const f = await saveUpload("献血.png", png, "image");
    expect(f).toMatchObject({ name: "献血.png", size: png.length, type: "image/png" });
    const stored = f.url.split("/").pop()!;
    expect((await readUpload(stored))?.bytes.length).toBe(png.length);
    expect(await readUpload("../../etc/passwd")).toBeNull();
  });
});
