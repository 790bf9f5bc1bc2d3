// `npm run db:seed`: seeds the database as its owner (MIGRATION_DATABASE_URL, else DATABASE_URL;
// see prisma/seed/index.ts).
import { seedAll } from "./seed/index";

const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set; run through `npm run db:seed`, which starts the embedded database.");
  process.exit(2);
}
console.log(`Seeded: ${await seedAll(url)}`);
