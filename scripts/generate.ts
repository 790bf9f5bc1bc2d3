// `prisma generate` needs a syntactically valid DATABASE_URL to read the schema, though it
// never connects; without one it falls back to downloading a query engine.
import { bin } from "./lib/paths";
import { run } from "./lib/run";

await run(bin("prisma"), ["generate"], {
  env: { DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost:5432/generate-only" },
  quiet: true,
});
console.log("Prisma client generated (lib/generated/prisma).");
