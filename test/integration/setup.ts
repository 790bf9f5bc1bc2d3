import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// The definitions, as every server entry point has them (instrumentation.ts in Next.js).
await import("@/forms/server");
