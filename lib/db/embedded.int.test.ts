import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/test/free-port";
import { EmbeddedDbError, ensureDatabase, startEmbedded } from "./embedded";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-embedded-"));
fs.chmodSync(dir, 0o755);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each test gets its own data folder holding one row, so tests pass in any order (the suite
// runs shuffled).
let folders = 0;
async function dataFolderWithOneRow(): Promise<string> {
  const dataDir = path.join(dir, `pg${folders++}`);
  const server = await startEmbedded({ dataDir, port: await freePort() });
  await ensureDatabase(server.url("postgres"), "keep");
  await query(server.url("keep"), "CREATE TABLE t (v text); INSERT INTO t VALUES ('留存')");
  await server.stop();
  return dataDir;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a restart", async () => {
    const dataDir = await dataFolderWithOneRow();
    const second = await startEmbedded({ dataDir, port: await freePort() });
    expect(await query(second.url("keep"), "SELECT v FROM t")).toEqual([{ v: "留存" }]);
    await second.stop();
  });

  it("says clearly when its port is taken, without hanging", async () => {
    const dataDir = path.join(dir, `pg${folders++}`);
    const blocker = net.createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startEmbedded({ dataDir, port })).rejects.toThrow(new RegExp(`端口 ${port} 已被占用`));
    } finally {
      blocker.close();
    }
  });

  it("removes a stale lock left by a killed run and starts", async () => {
    const dataDir = await dataFolderWithOneRow();
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), "999999\n");
    const server = await startEmbedded({ dataDir, port: await freePort() });
    expect(await query(server.url("keep"), "SELECT count(*)::int AS n FROM t")).toEqual([{ n: 1 }]);
    await server.stop();
  });

  it("refuses a data folder another live process holds", async () => {
    const dataDir = await dataFolderWithOneRow();
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), `${process.pid}\n`);
    try {
      await expect(startEmbedded({ dataDir, port: await freePort() })).rejects.toThrow(EmbeddedDbError);
      await expect(startEmbedded({ dataDir, port: await freePort() })).rejects.toThrow(/正被另一个进程/);
    } finally {
      fs.rmSync(path.join(dataDir, "postmaster.pid"));
    }
  });
});
