import { inject } from "vitest";

// The code under test connects as the app role; tests that play the database owner use
// MIGRATION_DATABASE_URL (ownerDb() in db.ts).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.MIGRATION_DATABASE_URL = inject("ownerDatabaseUrl");
process.env.AUDIT_KEY_FILE = inject("auditKeyFile");
process.env.AUDIT_CHECKPOINT_FILE = inject("auditCheckpointFile");
// The definitions, as every server entry point has them (instrumentation.ts in Next.js).
await import("@/forms/server");
