import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidateColumns = vi.fn();
vi.mock("@/lib/content/revalidate", () => ({ revalidateColumns: () => revalidateColumns() }));

const { applyColumnChangesEffect } = await import("./effect");

describe("the 生效 effect", () => {
  beforeEach(() => revalidateColumns.mockReset());

  it("refreshes public navigation and column pages only after the transaction commits", async () => {
    expect(applyColumnChangesEffect.inTransaction).toBeTypeOf("function");
    expect(revalidateColumns).not.toHaveBeenCalled();
    await applyColumnChangesEffect.afterCommit?.({ formKey: "column-assignment", recordId: "r1", action: "apply", fromState: "approved", toState: "effective", data: {}, opinion: null, actor: null });
    expect(revalidateColumns).toHaveBeenCalledTimes(1);
  });
});
