import { describe, expect, it } from "vitest";
import { isSafeLink, safeSameSitePath } from "./safe-url";

// Every way a return address has been seen to leave the site (issue 15, item 6).
const OFFSITE = [
  "/\\evil.example/x",
  "\\\\evil.example",
  "//evil.example/x",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  " //evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "http://evil.example/",
  "https:evil.example",
  "data:text/html,x",
  "evil.example",
  "",
];

describe("safeSameSitePath", () => {
  it("refuses everything that a browser would take to another host or scheme", () => {
    for (const raw of OFFSITE) expect(safeSameSitePath(raw), JSON.stringify(raw)).toBeNull();
    expect(safeSameSitePath(decodeURIComponent("/%5Cevil.example/x"))).toBeNull();
    expect(safeSameSitePath(decodeURIComponent("%2F%2Fevil.example"))).toBeNull();
    expect(safeSameSitePath(undefined)).toBeNull();
  });
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeSameSitePath("/staff")).toBe("/staff");
    expect(safeSameSitePath("/staff/records/abc?tab=1#x")).toBe("/staff/records/abc?tab=1#x");
    expect(safeSameSitePath("/%5Cevil.example")).toBe("/%5Cevil.example");
  });
});

describe("isSafeLink", () => {
  it("refuses the /\\host form and scripts, as attachments and 办事指南 links", () => {
    for (const raw of ["/\\evil.example/x", "//evil.example", "javascript:alert(1)", "https:\\\\evil.example", "http:/\\evil.example", "/\t/evil.example"]) {
      expect(isSafeLink(raw), JSON.stringify(raw)).toBe(false);
    }
  });
  it("accepts same-site paths and absolute http(s) links", () => {
    expect(isSafeLink("/api/uploads/a.pdf")).toBe(true);
    expect(isSafeLink("https://www.gdzwfw.gov.cn/x?y=1")).toBe(true);
    expect(isSafeLink("http://example.gov.cn")).toBe(true);
  });
});
