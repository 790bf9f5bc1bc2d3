// The server the Playwright suite drives: a fresh, seeded database of its own and a
// production build in .next-e2e, so that tests never touch the demo data.
import { freshDatabase } from "../test/fresh-database";
import { authEnv } from "./lib/auth-env";
import { buildIfStale } from "./lib/build";
import { serveProduction } from "./lib/serve";

const port = Number(process.env.E2E_PORT ?? 3100);
// Parallel runs (one per developer task) each need their own port and build folder.
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";

const db = await freshDatabase("e2e");
const env = { DATABASE_URL: db.url, ...db.env, ...authEnv(port), NEXTAUTH_SECRET: "e2e-only-secret-not-for-production" };
// A fresh database always has a new URL, so the build is always redone against it.
await buildIfStale(env, distDir);
serveProduction({ port, env: { ...env, NEXT_DIST_DIR: distDir }, stopDatabase: db.stop });
