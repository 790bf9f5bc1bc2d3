// Runs once when a Next.js server starts. Each instance listens for the cache expiries that
// the other instances broadcast over PostgreSQL (issue 16, lib/content/revalidate-listener.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startRevalidateListener } = await import("./lib/content/revalidate-listener");
  startRevalidateListener();
}
