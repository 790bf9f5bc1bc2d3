import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { isPubliclyLinked } from "./upload-access";

const name = (n: number) => `0000000${n}-0000-4000-8000-000000000000.pdf`;
const file = (n: number) => ({ name: "附件.pdf", url: `/api/uploads/${name(n)}`, size: 10, type: "application/pdf" });

// This file's articles have no approval record; they are removed afterwards so that no other
// file (the seed's "every article without a record is demo data") sees them.
const created: number[] = [];

async function article(over: Record<string, unknown>) {
  const column = await db().column.findUniqueOrThrow({ where: { slug: "notices" } });
  const a = await db().article.create({ data: { columnId: column.id, sectionId: "yzk", title: "附件测试", bodyHtml: "<p>x</p>", publishAt: new Date(Date.now() - 60_000), ...over } });
  created.push(a.id);
  return a;
}

afterAll(async () => {
  await db().article.deleteMany({ where: { id: { in: created } } });
});

describe("who may download an upload without signing in", () => {
  it("anyone, when a visible published article links it", async () => {
    await article({ attachments: [file(1)] });
    await article({ images: [file(2)] });
    await article({ serviceGuide: { materials: [{ name: "样表", downloadUrl: `/api/uploads/${name(3)}` }] } });
    expect(await isPubliclyLinked(name(1))).toBe(true);
    expect(await isPubliclyLinked(name(2))).toBe(true);
    expect(await isPubliclyLinked(name(3))).toBe(true);
  });

  it("anyone, for a picture inside the text of a visible published article", async () => {
    await article({ bodyHtml: `<p>图示：</p><p><img src="/api/uploads/${name(7)}" alt="流程图"></p>` });
    expect(await isPubliclyLinked(name(7))).toBe(true);
    await article({ bodyHtml: `<p><img src="/api/uploads/${name(8)}" alt="x"></p>`, withdrawnAt: new Date() });
    expect(await isPubliclyLinked(name(8))).toBe(false);
  });

  it("no one, for a file of a draft, a withdrawn item or an item not yet due", async () => {
    await article({ attachments: [file(4)], withdrawnAt: new Date() });
    await article({ attachments: [file(5)], publishAt: new Date(Date.now() + 86_400_000) });
    for (const n of [4, 5, 6]) expect(await isPubliclyLinked(name(n))).toBe(false);
  });
});
