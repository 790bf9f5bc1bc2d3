import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the address the proxy appended, not the one the client sent", () => {
    expect(clientIpFrom("6.6.6.6, 10.0.0.5")).toBe("10.0.0.5");
    expect(clientIpFrom("127.0.0.1")).toBe("127.0.0.1");
  });
  it("is null without a header", () => {
    expect(clientIpFrom(null)).toBeNull();
    expect(clientIpFrom("")).toBeNull();
  });
});
