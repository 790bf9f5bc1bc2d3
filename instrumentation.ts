// Runs once when a Next.js server starts, before it answers a request: registers the form
// definitions and their effects with the engine for every page, route handler and server
// action (the registry keeps them on globalThis, shared by every route's bundle).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./forms/server");
}
