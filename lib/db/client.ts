import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

export function createPrisma(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
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
