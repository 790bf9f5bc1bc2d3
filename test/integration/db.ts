import { getDb } from "@/lib/db/client";

/** The run's seeded database (see global-setup.ts). */
export const db = () => getDb();
