// Runs the sweep of due automatic actions when a server starts and then every
// CASE_SWEEP_MINUTES minutes (default 10; 0 turns it off, e.g. when only `npm run cases:sweep`
// from cron should do it). Several instances may all sweep: each record moves once.
import { getDb } from "@/lib/db/client";
import { sweepDueActions } from "./sweep";

const FIRST_RUN_MS = 5_000;

export function startAutoSweeper(): void {
  const minutes = Number(process.env.CASE_SWEEP_MINUTES ?? 10);
  if (!Number.isFinite(minutes) || minutes <= 0) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const r = await sweepDueActions(getDb());
      if (r.done.length) console.log(`automatic actions: ${r.done.length} taken, ${r.skipped} skipped`);
    } catch (err) {
      console.error("automatic action sweep failed", err);
    } finally {
      running = false;
    }
  };
  setTimeout(run, FIRST_RUN_MS).unref();
  setInterval(run, minutes * 60_000).unref();
}
