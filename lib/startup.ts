import { getDatabase } from "@/db/client";

/**
 * Opens (and in embedded mode migrates and seeds) the database when the server starts, so a
 * misconfiguration (a role that bypasses RLS, a locked PGlite directory) stops the server at
 * once with a clear message instead of failing at the first page.
 */
export async function openDatabaseAtStartup(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    await getDatabase();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
