// The benchmark's database: PGlite in .data/bench-pglite, or PostgreSQL at BENCH_DATABASE_URL
// (an owner URL). Created, migrated and filled with the large data set on first use, at the scale
// BENCH_SCALE names (large unless xl; db/seed/large-shape.ts); later runs reuse it. The app under
// load never connects as the owner: on PostgreSQL it gets a LOGIN role inside groeipad_app, as
// production does, so row-level security applies to every request.
import { sql } from "drizzle-orm";
import { migrateDatabase, openPglite, openPostgres, queryRows, type Database } from "../../db/client";
import { isSeedScale, largeShape, type LargeShape } from "../../db/seed/large-shape";
import { seedLarge } from "../../db/seed/large";
import { ensureAuditTrail } from "./audit-trail";

const APP_LOGIN = "groeipad_bench_app";

/** The data set's shape: BENCH_SCALE=xl for the buyer of 20,000 contracts, else the large set. */
function benchShape(): LargeShape {
  const scale = process.env.BENCH_SCALE || "large";
  if (!isSeedScale(scale)) throw new Error(`Onbekende BENCH_SCALE "${scale}": kies large of xl.`);
  return largeShape(scale);
}

export type BenchDatabase = Database & {
  shape: LargeShape;
  /** Environment for the app server started under load. */
  appEnv: Record<string, string>;
  tenantId: string;
  coordinator: { id: string; email: string; name: string | null };
};

async function ensurePostgresDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const server = await openPostgres(admin.toString(), { max: 1 });
  try {
    const rows = await queryRows<{ n: number }>(server.db, sql`select count(*)::int as n from pg_database where datname = ${name}`);
    if (!rows[0]?.n) await server.db.execute(sql.raw(`create database "${name.replace(/"/g, "")}"`));
  } finally {
    await server.close();
  }
}

function appUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_LOGIN;
  url.password = "bench";
  return url.toString();
}

export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const url = process.env.BENCH_DATABASE_URL;
  const shape = benchShape();
  // Each scale its own embedded directory: a data set is never grown into another.
  const pgliteDir = shape.scale === "large" ? ".data/bench-pglite" : `.data/bench-pglite-${shape.scale}`;
  let database: Database;
  if (url) {
    await ensurePostgresDatabase(url);
    database = await openPostgres(url, { max: 4 });
  } else {
    database = await openPglite({ dataDir: pgliteDir });
  }
  await migrateDatabase(database);
  log(`Database: ${database.kind}${url ? "" : ` (${pgliteDir})`}. Grote dataset (${shape.scale}) controleren…`);
  const started = Date.now();
  if (await seedLarge(database, shape, (line) => log(`  ${line}`)))
    log(`Grote dataset (${shape.scale}) aangemaakt in ${Math.round((Date.now() - started) / 1000)} s.`);
  if (database.kind === "postgresql") {
    await database.db.execute(
      sql.raw(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${APP_LOGIN}') then
        create role ${APP_LOGIN} login password 'bench' nosuperuser nobypassrls in role groeipad_app;
      end if; end $$`),
    );
  }
  // Fresh statistics, as autovacuum has them on a PostgreSQL database in use and as the app makes
  // them at start on PGlite (db/client.ts). Without them PGlite planned a buyer's 2,000 contracts
  // as one row and the in-process dashboard took 7.6 s instead of 0.6 s.
  await database.db.execute(sql.raw("analyze"));
  const [buyer] = await queryRows<{ id: string }>(database.db, sql`select id from organisations where slug = ${shape.bigBuyerSlug}`);
  const [coordinator] = await queryRows<{ id: string; email: string; name: string | null }>(
    database.db,
    sql`select id, email, name from users where email = ${`coordinator@${shape.bigBuyerSlug}.bench.example`}`,
  );
  await ensureAuditTrail(database.db, { tenantId: buyer.id, actorUserId: coordinator.id }, (line) => log(line));
  const appEnv: Record<string, string> = url ? { DATABASE_URL: appUrl(url) } : { PGLITE_DIR: pgliteDir, DEMO_MODE: "false" };
  return Object.assign(database, { shape, appEnv, tenantId: buyer.id, coordinator });
}

export async function closeBenchDatabase(database: BenchDatabase): Promise<void> {
  await database.close();
}
