import { expect, it, vi } from "vitest";
import { revalidateArticle } from "./revalidate";

// The real next/cache, outside a Next.js request: publishing from a script or a test must not fail.
it("does not throw outside a Next.js request", () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  expect(() => revalidateArticle({ id: 1, columnSlug: "news" })).not.toThrow();
  expect(warn).toHaveBeenCalledWith("public cache not revalidated:", expect.stringContaining("revalidateTag"));
});
