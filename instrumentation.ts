// Runs once when the server starts: open (and in embedded mode migrate and seed) the database, so
// a misconfiguration stops the server at once with a clear message instead of at the first page.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDatabase } = await import("./db/client");
  try {
    await getDatabase();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
