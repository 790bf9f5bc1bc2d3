import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

// A connection lost with the database (restart, kill) is logged and dropped from the pool,
// never left to crash the process; the next query opens a new one (issue 15 item 13). A
// query while the database is down fails within 5 s instead of hanging.
const logLost = (err: Error) => console.error(`[db] connection lost: ${err.message}`);

export function createPrisma(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 },
    { onPoolError: logLost, onConnectionError: logLost },
  );
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as { __portalPrisma?: PrismaClient };

/** The app's one Prisma client, connected lazily to DATABASE_URL. */
export function getDb(): PrismaClient {
  if (!globalForPrisma.__portalPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; start the portal with `npm start` or `npm run dev`.");
    globalForPrisma.__portalPrisma = createPrisma(url);
  }
  return globalForPrisma.__portalPrisma;
}
