// Server-only: the effect and the guards the 考核 and 通报 definitions rely on, registered by
// forms/server.ts and forms/effects.ts.
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Effect, Guard } from "@/lib/form-engine/types";
import { freezeAssessment } from "./assessment";

/** The approving transaction stores the quarter's table: from then on it is frozen. */
export const freezeAssessmentEffect: Effect = {
  name: "freezeAssessment",
  inTransaction: (tx, ctx) => freezeAssessment(tx, ctx.recordId, String(ctx.data.quarter), ctx.now ?? new Date()),
};

/** A quarter is approved once; the unique period of `assessment_snapshots` backs this up under concurrency. */
export function quarterNotApprovedGuard(db: () => Db): Guard {
  return async (ctx) => {
    const q = String(ctx.data.quarter ?? "");
    if (await db().assessmentSnapshot.findUnique({ where: { period: q }, select: { recordId: true } }))
      throw new AppError("quarter_frozen", `${q} 的考核已经批准并冻结，不能再次批准。`);
  };
}

/** A 通报 names an existing section, county bureau or unit (not 局领导). */
export function circularSectionGuard(db: () => Db): Guard {
  return async (ctx) => {
    const id = typeof ctx.data.section === "string" ? ctx.data.section : "";
    if (!id) return; // a draft may leave it empty; 提交审批 requires it
    const s = await db().section.findUnique({ where: { id }, select: { kind: true } });
    if (!s || s.kind === "leadership") throw new AppError("circular_section", "请选择被通报的科室或单位。");
  };
}
