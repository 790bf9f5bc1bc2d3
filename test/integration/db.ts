import { createPrisma, getDb, type Db } from "@/lib/db/client";

/** The run's seeded database (see global-setup.ts), as the app's own role. */
export const db = () => getDb();

let owner: Db | null = null;
/** The same database as its owner (a superuser on the embedded server): for playing an attacker with more rights than the app. */
export const ownerDb = (): Db => (owner ??= createPrisma(process.env.MIGRATION_DATABASE_URL!));
