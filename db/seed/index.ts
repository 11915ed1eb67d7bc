// npm run db:seed: demo data into the configured database (DATABASE_ADMIN_URL, DATABASE_URL or
// the embedded PGlite directory). Refuses to add demo data on top of existing organisations.
// `npm run db:seed -- --scale large` adds the benchmark data set (db/seed/large.ts) as well;
// `--scale xl` the same set with a buyer of 20,000 contracts (db/seed/large-shape.ts), for an
// empty PostgreSQL database of its own.
import { sql } from "drizzle-orm";
import { getDatabaseForScripts } from "../../scripts/script-db";
import { queryRows } from "../client";
import { seedIfEmpty } from "./demo";
import { seedLarge } from "./large";
import { isSeedScale, largeShape } from "./large-shape";

async function main() {
  const scaleAt = process.argv.indexOf("--scale");
  const scale = scaleAt >= 0 ? process.argv[scaleAt + 1] : "demo";
  if (scale !== "demo" && !isSeedScale(scale)) throw new Error(`Onbekende schaal "${scale}": kies demo, large of xl.`);
  const database = await getDatabaseForScripts();
  try {
    const [{ present }] = await queryRows<{ present: boolean }>(
      database.db,
      sql`select to_regclass('public.organisations') is not null as present`,
    );
    if (!present) throw new Error("De database heeft nog geen tabellen: voer eerst 'npm run db:migrate' uit.");
    const seeded = await seedIfEmpty(database.db);
    console.log(seeded ? "Demodata geladen." : "De database bevat al organisaties; er is geen demodata toegevoegd.");
    if (isSeedScale(scale)) {
      const started = Date.now();
      const added = await seedLarge(database, largeShape(scale), (line) => console.log(`  ${line}`));
      console.log(
        added
          ? `Grote dataset (${scale}) geladen in ${Math.round((Date.now() - started) / 1000)} s.`
          : `De grote dataset (${scale}) bestaat al.`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  // A failed statement's own message is in its cause (drizzle wraps it in "Failed query").
  console.error(
    error instanceof Error ? (error.cause instanceof Error ? `${error.message}\n${error.cause.message}` : error.message) : error,
  );
  process.exit(1);
});
