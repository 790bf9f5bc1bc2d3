import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, stampClientAddress } from "./client-address";

// Issue 15 item 4 / issue 16 item 5: a real server and a real client on a real socket. The
// server does what scripts/serve-next.ts does before Next.js sees a request and answers with
// the address that the app would then read.
function serve(hops: number) {
  const server = http.createServer((req, res) => {
    stampClientAddress(req, hops);
    res.end(String(req.headers[CLIENT_IP_HEADER] ?? ""));
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })),
  );
}

const ask = async (url: string, headers: Record<string, string>) => (await fetch(url, { headers })).text();

describe("the client address on a real socket", () => {
  let direct: { url: string; close: () => void };
  let behindOne: { url: string; close: () => void };
  beforeAll(async () => {
    direct = await serve(0);
    behindOne = await serve(1);
  });
  afterAll(() => {
    direct.close();
    behindOne.close();
  });

  it("ignores a forged X-Forwarded-For and a forged internal header with 0 hops", async () => {
    expect(await ask(direct.url, { "X-Forwarded-For": "203.0.113.66" })).toBe("127.0.0.1");
    expect(await ask(direct.url, { "X-Forwarded-For": "1.1.1.1, 203.0.113.66", [CLIENT_IP_HEADER]: "198.51.100.7" })).toBe("127.0.0.1");
  });
  it("behind one trusted proxy takes the address that proxy appended, not what the client put first", async () => {
    expect(await ask(behindOne.url, { "X-Forwarded-For": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
    expect(await ask(behindOne.url, { [CLIENT_IP_HEADER]: "198.51.100.7" })).toBe("127.0.0.1");
  });
});
