// Runs before `npm run dev` / `npm start` in embedded mode: migrate and, on the first start, load
// the demo data, so the app answers its first request at once. Against a server it does nothing:
// migrations there are an explicit `npm run db:migrate`.
import { migrateDatabase, openPglite } from "../db/client";
import { seedIfEmpty } from "../db/seed/demo";
import { env } from "../lib/env";

async function main() {
  const e = env();
  if (e.DATABASE_URL) return;
  const database = await openPglite({ dataDir: e.PGLITE_DIR });
  try {
    await migrateDatabase(database);
    if (await seedIfEmpty(database.db)) console.log("Ingebouwde database aangemaakt met demodata.");
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
