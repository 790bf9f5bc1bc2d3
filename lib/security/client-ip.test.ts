import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it("with no trusted proxy, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6", 0)).toBe("127.0.0.1");
    expect(clientAddress("::ffff:10.0.0.5", "6.6.6.6, 7.7.7.7", 0)).toBe("10.0.0.5");
    expect(clientAddress("::1", undefined, 0)).toBe("::1");
  });
  it("with N trusted hops, is the N-th entry from the right, which the outermost proxy appended", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "203.0.113.9, 10.0.0.2"], 2)).toBe("203.0.113.9");
  });
  it("falls back to the socket when the request did not come through that many proxies", () => {
    expect(clientAddress("198.51.100.4", undefined, 1)).toBe("198.51.100.4");
    expect(clientAddress("198.51.100.4", "203.0.113.9", 2)).toBe("198.51.100.4");
  });
});

describe("trustedProxyHops", () => {
  it("defaults to 0 and refuses nonsense", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: "yes" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
