// Server-only, registered for the column assignment form's 提交审核 by forms/server.ts: it tries the rows on the current table
// inside a transaction that is always rolled back, so a row naming a missing column or a taken
// code is refused when it is proposed, not only at 生效, which applies them again for real:
// the table may have changed in between.
import type { Db } from "@/lib/db/client";
import type { Guard } from "@/lib/form-engine/types";
import { applyColumnChanges, rowsOf } from "./apply";

class DryRunDone extends Error {}

export function dryRunGuard(db: () => Db): Guard {
  return async (ctx) => {
    try {
      await db().$transaction(async (tx) => {
        await applyColumnChanges(tx, rowsOf(ctx.data.changes), ctx.recordId ?? "dry-run", "");
        throw new DryRunDone();
      });
    } catch (err) {
      if (!(err instanceof DryRunDone)) throw err;
    }
  };
}
