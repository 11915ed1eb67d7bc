import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { sql, type ExtractTablesWithRelations } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { countingLogger } from "./query-count";
import { env, preparesStatements } from "../lib/env";

type Schema = typeof schema;
/** A client or a transaction: query functions take either, so they run in requests, jobs and tests. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
type DatabaseKind = "pglite" | "postgresql";

export type Database = {
  db: Db;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** The raw PGlite instance, for snapshots in tests and the job queue. */
  pglite?: PGlite;
  /** The raw postgres.js client, for the job queue (lib/jobs/queue.ts). */
  postgres?: import("postgres").Sql;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export class DatabaseLockedError extends Error {}

/** Opens PGlite in a directory (or in memory when dataDir is undefined). */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let releaseLock = () => {};
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    releaseLock = acquireDirectoryLock(options.dataDir);
  }
  try {
    const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
    const db = drizzle({ client, schema, logger: countingLogger() }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      pglite: client,
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * postgres.js on a server. `prepare` follows DATABASE_PREPARE unless given: named prepared
 * statements live on one server connection, which a pooler in transaction mode does not keep
 * (docs/scale-out.md).
 */
export async function openPostgres(url: string, options: { max?: number; prepare?: boolean } = {}): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max: options.max ?? 10, prepare: options.prepare ?? preparesStatements(), onnotice: () => {} });
  const db = drizzle({ client, schema, logger: countingLogger() }) as unknown as Db;
  return { db, kind: "postgresql", postgres: client, close: () => client.end({ timeout: 5 }) };
}

/**
 * The database's own connection, with every statement it sends (text and parameters, in
 * transactions too) handed to the logger first: for tests that check what requests send, such as
 * whether each statement names its tenant (tests/integration/cluster-queries.test.ts).
 */
export async function loggedDb(database: Database, logger: Logger): Promise<Db> {
  if (database.pglite) {
    const { drizzle } = await import("drizzle-orm/pglite");
    return drizzle({ client: database.pglite, schema, logger }) as unknown as Db;
  }
  const { drizzle } = await import("drizzle-orm/postgres-js");
  return drizzle({ client: database.postgres!, schema, logger }) as unknown as Db;
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(database.db as any, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(database.db as any, { migrationsFolder });
  }
}

/**
 * A PGlite directory opened by two processes is corrupted, so the second one is refused with a
 * message that says what to do. A lock left by a process that died is taken over.
 */
function acquireDirectoryLock(dataDir: string): () => void {
  const lockPath = path.resolve(dataDir) + ".lock";
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockPath, "utf8"));
      if (owner && owner !== process.pid && processIsAlive(owner)) {
        throw new DatabaseLockedError(
          `De ingebouwde database in ${dataDir} is al geopend door proces ${owner} ` +
            `(bijvoorbeeld een andere 'npm run dev'). Stop dat proces eerst, ` +
            `of kies een andere map met PGLITE_DIR=... .`,
        );
      }
      fs.unlinkSync(lockPath);
    }
  }
  throw new DatabaseLockedError(`Kon de database-map ${dataDir} niet vergrendelen.`);
}

/**
 * `npm run dev` prepares the embedded database in a process of its own (scripts/serve.mjs) and
 * marks the directory meanwhile; the server opens it once that process is done. A marker left by
 * a process that died is ignored: the server then migrates and seeds by itself.
 */
async function untilPreparedElsewhere(dataDir: string): Promise<void> {
  const marker = path.resolve(dataDir) + ".preparing";
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    let owner: number;
    try {
      owner = Number(fs.readFileSync(marker, "utf8"));
    } catch {
      return;
    }
    if (!owner || owner === process.pid || !processIsAlive(owner)) return;
    if (Date.now() > deadline)
      throw new DatabaseLockedError(`De ingebouwde database in ${dataDir} wordt al vijf minuten voorbereid door proces ${owner}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

type Preparer = (database: Database) => Promise<void>;
type AppDatabaseState = { promise?: Promise<Database>; prepare?: Preparer };
const state = globalThis as unknown as { __groeipadDb?: AppDatabaseState };

/**
 * What the server's start-up does to the embedded database after migrating it and before any
 * request may use it (the demo data on a first start). Registered from outside, so this file
 * only builds drivers and never imports what imports it.
 */
export function prepareEmbeddedDatabase(prepare: Preparer): void {
  state.__groeipadDb ??= {};
  state.__groeipadDb.prepare = prepare;
}

/**
 * The application's database: postgres.js when DATABASE_URL is set, otherwise PGlite in
 * PGLITE_DIR, migrated and prepared as the start-up asked. One per process.
 */
export function getDatabase(): Promise<Database> {
  state.__groeipadDb ??= {};
  state.__groeipadDb.promise ??= startDatabase().catch((error) => {
    state.__groeipadDb = {};
    throw error;
  });
  return state.__groeipadDb.promise;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

async function startDatabase(): Promise<Database> {
  const e = env();
  if (e.DATABASE_URL) {
    const database = await openPostgres(e.DATABASE_URL);
    await refuseRoleThatBypassesRls(database);
    return database;
  }
  await untilPreparedElsewhere(e.PGLITE_DIR);
  const database = await openPglite({ dataDir: e.PGLITE_DIR });
  await migrateDatabase(database);
  await state.__groeipadDb?.prepare?.(database);
  keepStatisticsFresh(database);
  return database;
}

/**
 * PGlite has no autovacuum, so nothing updates the planner's statistics: measured on the
 * dashboards, a buyer with a few hundred contracts went from 11 s to 0.1 s per request after an
 * ANALYZE. Once at start and then every 15 minutes, as autovacuum would on PostgreSQL.
 */
function keepStatisticsFresh(database: Database) {
  const analyze = () => database.db.execute(sql`analyze`).catch(() => {});
  void analyze();
  setInterval(analyze, 15 * 60 * 1000).unref();
}

async function refuseRoleThatBypassesRls(database: Database): Promise<void> {
  const rows = await queryRows<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>(
    database.db,
    sql`select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
  );
  const role = rows[0];
  if (role && (role.rolsuper || role.rolbypassrls)) {
    await database.close();
    throw new Error(
      `Groeipad weigert te starten: de databaserol "${role.name}" kan row-level security omzeilen ` +
        `(superuser of BYPASSRLS). Maak een gewone rol aan en gebruik die in DATABASE_URL, bijvoorbeeld:\n` +
        `  ALTER ROLE groeipad_app WITH LOGIN PASSWORD '...';\n` +
        `(de rol groeipad_app wordt door 'npm run db:migrate' aangemaakt).`,
    );
  }
}

/** Whether a client or transaction is PGlite's: its client has exec(), postgres.js has none. */
export function runsOnPglite(db: Db): boolean {
  const client = (db as unknown as { session?: { client?: { exec?: unknown } } }).session?.client;
  return typeof client?.exec === "function";
}

/** Rows of a raw SQL query: PGlite answers { rows }, postgres.js an array. */
export async function queryRows<T>(db: Db, query: Parameters<Db["execute"]>[0]): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
