import { afterEach, describe, expect, it } from "vitest";
import { broadcastExpiry, instanceId, listenForExpiry } from "./revalidate-broadcast";

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

function listener(self: string) {
  const got: string[][] = [];
  stops.push(listenForExpiry(process.env.DATABASE_URL!, (tags) => got.push(tags), self));
  return got;
}

const until = async (check: () => boolean, ms = 2000) => {
  for (const end = Date.now() + ms; Date.now() < end && !check(); ) await new Promise((r) => setTimeout(r, 20));
};

describe("revalidation broadcast over PostgreSQL NOTIFY (issue 16)", () => {
  it("reaches every other instance, not the one that sent it", async () => {
    const other = listener("instance-b");
    const self = listener(instanceId());
    await new Promise((r) => setTimeout(r, 300)); // both are listening
    await broadcastExpiry(["articles", "article:7"]);
    await until(() => other.length > 0);
    expect(other).toEqual([["articles", "article:7"]]);
    expect(self).toEqual([]);
  });
});
