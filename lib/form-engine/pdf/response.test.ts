import { describe, expect, it } from "vitest";
import { pdfResponse } from "./response";

describe("pdfResponse", () => {
  it("serves the PDF as a private download with an encoded Chinese file name", async () => {
    const body = new TextEncoder().encode("%PDF-1.3 test");
    const res = pdfResponse(body, "审批表-关于开展无偿献血活动的通知");
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("Content-Length")).toBe(String(body.byteLength));
    const disposition = res.headers.get("Content-Disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename="form\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe("审批表-关于开展无偿献血活动的通知.pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(body);
  });

  it("strips characters that could escape the file name or the header", () => {
    const disposition = pdfResponse(new Uint8Array(), 'a/b\\c"d\r\ne.pdf').headers.get("Content-Disposition") ?? "";
    const name = decodeURIComponent(disposition.split("UTF-8''")[1]!);
    expect(name).toBe("a_b_c_d_e.pdf");
  });
});
