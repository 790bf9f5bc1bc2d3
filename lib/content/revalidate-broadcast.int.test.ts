import { afterEach, describe, expect, it } from "vitest";
import { broadcastExpiry, instanceId, listenForExpiry } from "./revalidate-broadcast";

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

function listener(self: string) {
  const got: { tags: string[]; fromSelf: boolean }[] = [];
  stops.push(listenForExpiry(process.env.DATABASE_URL!, (tags, fromSelf) => got.push({ tags, fromSelf }), self));
  return got;
}

const until = async (check: () => boolean, ms = 2000) => {
  for (const end = Date.now() + ms; Date.now() < end && !check(); ) await new Promise((r) => setTimeout(r, 20));
};

describe("revalidation broadcast over PostgreSQL NOTIFY (issue 16)", () => {
  it("reaches every other instance, and tells the sender that it was its own", async () => {
    const other = listener("instance-b");
    const self = listener(instanceId());
    await new Promise((r) => setTimeout(r, 300)); // both are listening
    await broadcastExpiry(["articles", "article:7"]);
    await until(() => other.length > 0 && self.length > 0);
    expect(other).toEqual([{ tags: ["articles", "article:7"], fromSelf: false }]);
    expect(self).toEqual([{ tags: ["articles", "article:7"], fromSelf: true }]);
  });
});
