// The 生效 effect of 栏目调整审批: applies the rows in the transition's transaction and
// refreshes public navigation and column pages once it has committed.
import { revalidateColumns } from "@/lib/content/revalidate";
import type { Effect } from "@/lib/form-engine/types";
import { applyColumnChanges, rowsOf } from "./apply";

export const applyColumnChangesEffect: Effect = {
  name: "applyColumnChanges",
  inTransaction: async (tx, ctx) => {
    const summary = typeof ctx.data.description === "string" ? ctx.data.description.slice(0, 200) : "";
    await applyColumnChanges(tx, rowsOf(ctx.data.changes), ctx.recordId, summary);
  },
  afterCommit: () => revalidateColumns(),
};
