import { describe, expect, it } from "vitest";
import { checkUpload } from "./uploads";

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

  it("accepts an attachment just under the one 20 MB limit", () => {
    expect(checkUpload("大文件.pdf", new Uint8Array(19 * 1024 * 1024), "attachment")).toBe("application/pdf");
  });
});
