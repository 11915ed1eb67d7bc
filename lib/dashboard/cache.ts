// Computed organisation dashboards, kept in this process under the tenant's data version. The
// database logs every transaction that changes dashboard data (tenant_data_changes, migration
// 0019); the version is the count, highest and sum of those transaction ids, so it moves on with
// every committed change in whatever order transactions commit, and a cached dashboard is never
// served after one. Coordinators read the dashboard far more often than the data changes
// (reports and reviews are quarterly), which is what makes this worth its memory.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { PREPARE_DASHBOARD } from "./queries";

/** Enough for every filter combination a busy organisation uses in a morning; ~0.1 MB each. */
const DASHBOARD_CACHE_ENTRIES = 200;
/**
 * Names of users, suppliers and platform indicators are not part of the data version (they are
 * not tenant rows), so an entry also expires after this long.
 */
const DASHBOARD_CACHE_TTL_MS = 10 * 60_000;

type Entry = { value: unknown; storedAt: number };

export class VersionedCache {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly maxEntries = DASHBOARD_CACHE_ENTRIES,
    private readonly ttlMs = DASHBOARD_CACHE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt > this.ttlMs) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.value as T;
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

type ChangeLog = "tenant_data_changes" | "tenant_work_changes";

/**
 * The tenant's version of what a log follows: the data of the dashboards (tenant_data_changes)
 * or of "Te doen" (tenant_work_changes). Read inside the tenant's transaction (row-level security applies).
 * With prepareDashboard, the same statement prepares the transaction for the dashboard
 * (PREPARE_DASHBOARD): it writes the summaries of the quarters whose values changed
 * (contract_quarter_values, migration 0062), so a dashboard computed after it never reads a summary
 * older than its data, without a statement of its own. Nothing changed, the usual case: one
 * index probe. A change marks a quarter in the same transaction that logs it, so marks only exist
 * when the version has moved on and the dashboard is recomputed anyway.
 */
export async function dataVersion(
  tx: Db,
  { tenantId, log = "tenant_data_changes", prepareDashboard = false }: { tenantId: string; log?: ChangeLog; prepareDashboard?: boolean },
): Promise<string> {
  const prepared = prepareDashboard ? sql`, ${PREPARE_DASHBOARD(tenantId)}` : sql``;
  const [row] = await queryRows<{ n: number; top: string; total: string }>(
    tx,
    sql`select count(*)::int as n, coalesce(max(txid), 0)::text as top, coalesce(sum(txid), 0)::text as total${prepared}
        from ${sql.identifier(log)} where tenant_id = ${tenantId}::uuid`,
  );
  return `${row.n}.${row.top}.${row.total}`;
}

/** One cache per process (module state survives between requests in `next start`). */
export const dashboardCache = new VersionedCache();
