// npm run db:seed: demo data into the configured database (DATABASE_ADMIN_URL, DATABASE_URL or
// the embedded PGlite directory). Refuses to add demo data on top of existing organisations.
import { getDatabaseForScripts } from "../../scripts/script-db";
import { seedIfEmpty } from "./demo";

async function main() {
  const database = await getDatabaseForScripts();
  try {
    const seeded = await seedIfEmpty(database.db);
    console.log(seeded ? "Demodata geladen." : "De database bevat al organisaties; er is niets toegevoegd.");
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
