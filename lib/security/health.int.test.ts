import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { migrationFolders, migrationStatus } from "./health";

describe("migration status for /api/health", () => {
  it("is current when every shipped migration is applied", async () => {
    const status = await migrationStatus(db());
    expect(status.pending).toEqual([]);
    expect(status.applied).toEqual(expect.arrayContaining(migrationFolders()));
  });

  it("names a migration folder the database has not applied", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    for (const name of [...migrationFolders(), "29991231000000_future"]) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), "");
    }
    expect((await migrationStatus(db(), dir)).pending).toEqual(["29991231000000_future"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
