// Runs once when a Next.js server starts, before it answers a request: registers the form
// definitions and their effects with the engine for every page, route handler and server
// action (the registry keeps them on globalThis, shared by every route's bundle), and listens
// for the cache expiries that the other instances broadcast over PostgreSQL (issue 16,
// lib/content/revalidate-listener.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./forms/server");
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startRevalidateListener } = await import("./lib/content/revalidate-listener");
  startRevalidateListener();
  // Due automatic case actions (e.g. 逾期不补正), now and periodically (lib/form-engine/auto/).
  const { startAutoSweeper } = await import("./lib/form-engine/auto/schedule");
  startAutoSweeper();
}
