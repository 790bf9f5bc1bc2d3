import { bin } from "./paths";
import { launch } from "./run";

/**
 * Runs the portal's own server (scripts/serve-next.ts: Next.js behind a Node server that
 * knows the client's socket address) on a production build until the server exits or the process is told to
 * stop; the database is stopped with it either way.
 */
export function serveProduction(opts: { port: number; env: Record<string, string>; stopDatabase: () => Promise<void> }): void {
  const server = launch(bin("tsx"), ["scripts/serve-next.ts"], { ...opts.env, PORT: String(opts.port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  const stop = async () => {
    server.kill("SIGTERM");
    await opts.stopDatabase();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("close", async (code) => {
    await opts.stopDatabase();
    process.exit(code ?? 1);
  });
}
