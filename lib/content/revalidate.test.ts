import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }));

const { revalidateArticle, revalidateBanner, revalidateColumns } = await import("./revalidate");

describe("public cache revalidation", () => {
  beforeEach(() => revalidateTag.mockReset());

  it("expires every page showing articles and the article's own page at once on publish", () => {
    revalidateArticle({ id: 42, columnSlug: "news" });
    expect(revalidateTag.mock.calls).toEqual([
      ["articles", { expire: 0 }],
      ["article:42", { expire: 0 }],
    ]);
  });

  it("expires navigation and lists on a column change, and the banner on a switch", () => {
    revalidateColumns();
    revalidateBanner();
    expect(revalidateTag.mock.calls.map((c) => c[0])).toEqual(["columns", "articles", "banner"]);
  });
});
