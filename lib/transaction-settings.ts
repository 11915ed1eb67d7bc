// The settings a transaction runs under (who acts, for which organisation, as which database
// role), written as SET LOCAL statements. Citus passes SET LOCAL on to the nodes that hold the
// shards (citus.propagate_set_commands = 'local') but not set_config(), and row-level security on
// those nodes reads the settings. SET takes no bind parameters, so every value is checked and
// quoted here, the one place that builds these statements.
import { sql } from "drizzle-orm";
import { runsOnPglite, type Db } from "@/db/client";

/** The settings policies read (current_setting('app.…', true)); nothing else may be set. */
type SettingName =
  | "app.user_id"
  | "app.org_id"
  | "app.org_kind"
  | "app.partner_org_ids"
  | "app.assigned_contract_ids"
  | "app.api_token_id"
  | "app.sign_in_email"
  | "app.invitation_token_hash"
  | "app.outbox";

/**
 * The roles a transaction may switch to (migrations 0001, 0021 and, for verifiers, 0057). On a
 * Citus cluster each also logs in to the workers (db/node-access.ts).
 */
export const TRANSACTION_ROLES = ["groeipad_app", "groeipad_buyer", "groeipad_supplier", "groeipad_verifier"] as const;
export type TransactionRole = (typeof TRANSACTION_ROLES)[number];

export type TransactionSettings = { role?: TransactionRole; values?: Partial<Record<SettingName, string>> };

const SETTING_NAME = /^app\.[a-z_]+$/;

/** A string literal for SET: quotes doubled (standard_conforming_strings is on), NUL refused. */
export function quoteSettingValue(value: string): string {
  if (typeof value !== "string" || value.includes("\0")) throw new Error("Ongeldige waarde voor een transactie-instelling.");
  return `'${value.replace(/'/g, "''")}'`;
}

/** The statements for these settings, role last so the settings are made by the connecting role. */
export function settingStatements(settings: TransactionSettings): string[] {
  const statements = Object.entries(settings.values ?? {}).map(([name, value]) => {
    if (!SETTING_NAME.test(name)) throw new Error(`Onbekende transactie-instelling ${name}.`);
    return `SET LOCAL ${name} = ${quoteSettingValue(value ?? "")}`;
  });
  if (settings.role !== undefined) {
    if (!TRANSACTION_ROLES.includes(settings.role)) throw new Error(`Onbekende databaserol ${String(settings.role)}.`);
    statements.push(`SET LOCAL ROLE ${settings.role}`);
  }
  return statements;
}

/**
 * Applies the settings to the open transaction in one statement. On PostgreSQL (and Citus) that
 * is the SET LOCAL statements sent as one simple query. PGlite runs one statement per query and
 * is never distributed, so there the same settings go as set_config(…, true) calls in one select.
 */
export async function setLocal(tx: Db, settings: TransactionSettings): Promise<void> {
  const statements = settingStatements(settings);
  if (statements.length === 0) return;
  if (!runsOnPglite(tx)) {
    await tx.execute(sql.raw(statements.join("; ")));
    return;
  }
  const entries: [string, string][] = Object.entries(settings.values ?? {}).map(([name, value]) => [name, value ?? ""]);
  if (settings.role !== undefined) entries.push(["role", settings.role]);
  const calls = entries.map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
  await tx.execute(sql`select ${sql.join(calls, sql`, `)}`);
}
