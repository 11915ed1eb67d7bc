import { migrateDatabase, openPglite, openPostgres, type Database } from "../db/client";
import { env } from "../lib/env";

/**
 * The database for command-line scripts (migrate, seed, jobs): the admin URL when given (the
 * owner that may create tables), otherwise DATABASE_URL, otherwise the embedded directory,
 * migrated so the scripts never run against an old schema.
 */
export async function getDatabaseForScripts(): Promise<Database> {
  const e = env();
  const url = e.DATABASE_ADMIN_URL ?? e.DATABASE_URL;
  if (url) return openPostgres(url, { max: 2 });
  const database = await openPglite({ dataDir: e.PGLITE_DIR });
  await migrateDatabase(database);
  return database;
}
