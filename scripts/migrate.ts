// npm run db:migrate: applies the committed migrations to the server in DATABASE_ADMIN_URL (or
// DATABASE_URL), or to the embedded directory, and makes the job queue's tables.
import { migrateDatabase } from "../db/client";
import { prepareJobQueue } from "../lib/jobs/queue";
import { getDatabaseForScripts } from "./script-db";

async function main() {
  const database = await getDatabaseForScripts();
  try {
    await migrateDatabase(database);
    await prepareJobQueue(database);
    console.log(`Migraties toegepast (${database.kind}).`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
