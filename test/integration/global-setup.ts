import type { TestProject } from "vitest/node";
import { freshDatabase } from "../fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    ownerDatabaseUrl: string;
    auditKeyFile: string;
    auditCheckpointFile: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await freshDatabase("it");
  project.provide("databaseUrl", db.url);
  project.provide("ownerDatabaseUrl", db.ownerUrl);
  project.provide("auditKeyFile", db.env.AUDIT_KEY_FILE);
  project.provide("auditCheckpointFile", db.env.AUDIT_CHECKPOINT_FILE);
  return db.stop;
}
