// `npm run db:seed`: seeds the database at DATABASE_URL (see prisma/seed/index.ts).
import { seedAll } from "./seed/index";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set; run through `npm run db:seed`, which starts the embedded database.");
  process.exit(2);
}
console.log(`Seeded: ${await seedAll(url)}`);
