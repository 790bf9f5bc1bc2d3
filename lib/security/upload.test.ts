import { describe, expect, it } from "vitest";
import { checkUpload } from "./upload";

const file = (name: string, bytes: number[], type = "") => new File([new Uint8Array(bytes)], name, { type });
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31];

describe("checkUpload", () => {
  it("accepts an allowed type within the size limit", async () => {
    await expect(checkUpload(file("通知.PDF", PDF, "application/pdf"))).resolves.toBe("pdf");
  });
  it("refuses a disallowed type with a Chinese message naming the file", async () => {
    await expect(checkUpload(file("run.exe", [0x4d, 0x5a]))).rejects.toThrow(/“run.exe”的类型不允许上传/);
    await expect(checkUpload(file("page.html", [0x3c]))).rejects.toThrow(/不允许上传/);
  });
  it("refuses a file whose content does not match its extension", async () => {
    await expect(checkUpload(file("fake.pdf", [0x3c, 0x73, 0x63, 0x72]))).rejects.toThrow(/内容与扩展名不符/);
    await expect(checkUpload(file("fake.pdf", PDF, "text/html"))).rejects.toThrow(/内容与扩展名不符/);
  });
  it("refuses an oversized or empty file", async () => {
    await expect(checkUpload(file("big.pdf", [...PDF, 0, 0, 0, 0, 0]), 8)).rejects.toThrow(/超过大小限制/);
    await expect(checkUpload(file("empty.pdf", []))).rejects.toThrow(/空文件/);
  });
});
