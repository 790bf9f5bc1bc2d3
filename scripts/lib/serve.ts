import { bin } from "./paths";
import { launch } from "./run";

/**
 * Runs `next start` on a production build until the server exits or the process is told to
 * stop; the database is stopped with it either way.
 */
export function serveProduction(opts: { port: number; env: Record<string, string>; stopDatabase: () => Promise<void> }): void {
  const server = launch(bin("next"), ["start", "-p", String(opts.port)], { ...opts.env, NEXT_TELEMETRY_DISABLED: "1" });
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
