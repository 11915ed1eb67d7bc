// The job queue: pg-boss on the application's own database, so jobs live in PostgreSQL and any
// number of app instances (or `npm run jobs` processes) can work them without running one twice.
// pg-boss talks to the database through an executeSql adapter over the app's driver, which lets
// the embedded PGlite serve it as well as postgres.js.
import type PgBoss from "pg-boss";
import type { Database } from "@/db/client";
import { createQueues } from "./schedule";

type SqlResult = { rows: unknown[] };

/** The executeSql pg-boss calls: one statement with parameters, or a script of several without. */
function queueAdapter(database: Database): { executeSql: (text: string, values?: unknown[]) => Promise<SqlResult> } {
  if (database.pglite) {
    const pglite = database.pglite;
    return {
      executeSql: async (text, values) => {
        if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    };
  }
  const client = database.postgres;
  if (!client) throw new Error("De takenwachtrij heeft een PostgreSQL- of PGlite-verbinding nodig.");
  return {
    executeSql: async (text, values) => {
      if (values && values.length > 0) return { rows: [...(await client.unsafe(text, values.map(asPgParameter) as never[]))] };
      // A script is pg-boss's own BEGIN ... COMMIT (its migrations and queue set-up), which
      // postgres.js runs only on a connection of its own, not on one shared by the pool.
      const connection = await client.reserve();
      try {
        const result = await connection.unsafe(text).simple();
        const last = Array.isArray(result[0]) ? result.at(-1) : result;
        return { rows: [...((last as unknown[]) ?? [])] };
      } finally {
        connection.release();
      }
    },
  };
}

/** node-postgres, which pg-boss is written for, sends undefined as NULL and an object as JSON; postgres.js needs both done here. */
function asPgParameter(value: unknown): unknown {
  if (value === undefined) return null;
  const plainObject =
    value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) && !Buffer.isBuffer(value);
  return plainObject ? JSON.stringify(value) : value;
}

export const QUEUE_SCHEMA = "pgboss";

/** A pg-boss instance on this database; its own tables are made or upgraded by start(). */
export async function openQueue(database: Database, options: { schedule?: boolean } = {}): Promise<PgBoss> {
  const { default: PgBoss } = await import("pg-boss");
  const boss = new PgBoss({
    db: queueAdapter(database),
    schema: QUEUE_SCHEMA,
    schedule: options.schedule ?? true,
    supervise: true,
    // PGlite answers one query at a time: no reason to poll more often than every few seconds.
    maintenanceIntervalSeconds: 120,
  });
  boss.on("error", (error: Error) => console.error("Takenwachtrij:", error.message));
  await boss.start();
  return boss;
}

/**
 * For `npm run db:migrate` on a database server: the owner creates or upgrades the queue's tables
 * and every job's queue, and lets the application role use them. A worker connected as that role
 * could not make a queue itself: its partition needs a foreign key to, and attaching to, tables
 * only the owner may change.
 */
export async function prepareJobQueue(database: Database): Promise<void> {
  const boss = await openQueue(database, { schedule: false });
  try {
    await createQueues(boss);
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
  if (database.kind !== "postgresql") return;
  await queueAdapter(database).executeSql(`
    GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO groeipad_app;
    -- Granted by earlier versions, when the worker made the queues itself; no longer needed.
    REVOKE CREATE ON SCHEMA ${QUEUE_SCHEMA} FROM groeipad_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${QUEUE_SCHEMA} TO groeipad_app;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${QUEUE_SCHEMA} TO groeipad_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA ${QUEUE_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO groeipad_app;
  `);
}
