import type { TestProject } from "vitest/node";
import { freshDatabase } from "../fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await freshDatabase("it");
  project.provide("databaseUrl", db.url);
  return db.stop;
}
