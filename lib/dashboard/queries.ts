// The organisation dashboard in three SQL statements: the shared CTEs of sections/base.ts plus one
// JSON expression per section, so a dashboard request costs three round trips (plus the two of
// the tenant transaction) however many contracts the buyer has. Every aggregate is computed in the
// database; JavaScript only shapes the small result (lib/dashboard/shape.ts).
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { HIGH_PRIORITY_RANK } from "./rules";
import { baseCtes, type SectionParams } from "./sections/base";
import { attentionSection, disciplineSection } from "./sections/discipline";
import { optionsSection } from "./sections/options";
import { additiveIndicatorsCte, packagesSection } from "./sections/packages";
import { promisesCte, promisesSection } from "./sections/promises";
import { reviewCtes, heatmapSection, malusSection, scoresSection } from "./sections/reviews";
import { targetsSection } from "./sections/targets";
import { verificationSection, verifiedValuesCte } from "./sections/verified";
import { gapsSection, wheelSection } from "./sections/wheel";
import type { RawDashboard } from "./types";

export type { SectionParams };

/** How many rows a list on the dashboard shows; the export has them all. */
export const DASHBOARD_LIST_LIMIT = 15;

export const SECTION_KEYS = [
  "options",
  "wheel",
  "targets",
  "packages",
  "promises",
  "verification",
  "malus",
  "scores",
  "discipline",
  "heatmap",
  "gaps",
  "attention",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const SECTIONS: Record<SectionKey, (p: SectionParams) => SQL> = {
  options: optionsSection,
  wheel: wheelSection,
  targets: targetsSection,
  packages: packagesSection,
  promises: promisesSection,
  verification: verificationSection,
  malus: malusSection,
  scores: scoresSection,
  discipline: disciplineSection,
  heatmap: heatmapSection,
  gaps: (p) => gapsSection(p, HIGH_PRIORITY_RANK),
  attention: attentionSection,
};

/** The dashboard's transaction settings, as select-list items: no JIT (see PREPARE_DASHBOARD). */
export const DASHBOARD_SETTINGS = sql`set_config('jit', 'off', true) as jit`;

/**
 * Select-list items that prepare a transaction for the dashboard's statements: the summaries of the
 * tenant's changed quarters written (migration 0062), and no JIT compilation for the rest of the
 * transaction. The planner's estimates for these statements grow far beyond their real size under
 * row-level security (millions of rows for a window over tens of thousands), which crosses the
 * thresholds for compiling them with optimisation and inlining: on 20,000 contracts 0.7 s of
 * compilation per statement, for statements that then run in tens of milliseconds.
 */
export const PREPARE_DASHBOARD = (tenantId: string): SQL =>
  sql`refresh_contract_quarter_values(${tenantId}::uuid) as refreshed, ${DASHBOARD_SETTINGS}`;

export function dashboardSql(p: SectionParams, keys: readonly SectionKey[] = SECTION_KEYS): SQL {
  const fields = keys.map((key) => sql`${sql.raw(`'${key}'`)}, ${SECTIONS[key](p)}`);
  return sql`with ${baseCtes(p)}, ${verifiedValuesCte(p)}, ${additiveIndicatorsCte(p)}, ${promisesCte(p)}, ${reviewCtes()}
    select json_build_object(${sql.join(fields, sql`, `)}) as dashboard`;
}

/**
 * Sections that share their expensive CTEs go in one statement. One statement for everything was
 * measured slower than these three on the large data set: PostgreSQL materialises a CTE that many
 * sections read, and plans the whole statement with the poor row estimates RLS leaves.
 */
const STATEMENT_GROUPS: readonly (readonly SectionKey[])[] = [
  ["options", "targets", "packages", "promises", "verification"],
  ["wheel", "gaps", "malus", "scores", "heatmap"],
  ["discipline", "attention"],
];

/** One statement group's sections, as JSON from the database. */
async function loadGroup(db: Db, p: SectionParams, keys: readonly SectionKey[]): Promise<Partial<RawDashboard>> {
  const [row] = await queryRows<{ dashboard: unknown }>(db, dashboardSql(p, keys));
  // postgres-js and PGlite both parse json; a driver that does not gives text.
  return typeof row.dashboard === "string" ? JSON.parse(row.dashboard) : (row.dashboard as Partial<RawDashboard>);
}

/**
 * The raw sections for a buyer tenant; run inside the tenant's transaction (RLS applies). The
 * transaction is prepared first (PREPARE_DASHBOARD), in a statement of its own, unless the caller
 * did so already (the dashboard service does it in the statement that reads the data version:
 * lib/dashboard/cache.ts).
 */
export async function loadDashboard<K extends SectionKey = SectionKey>(
  db: Db,
  p: SectionParams,
  keys: readonly K[] = SECTION_KEYS as unknown as K[],
  { dashboardPrepared = false }: { dashboardPrepared?: boolean } = {},
): Promise<Pick<RawDashboard, K>> {
  const wanted = new Set<SectionKey>(keys);
  if (!dashboardPrepared) await db.execute(sql`select ${PREPARE_DASHBOARD(p.tenantId)}`);
  const result = {} as Pick<RawDashboard, K>;
  for (const group of STATEMENT_GROUPS) {
    const part = group.filter((key) => wanted.has(key));
    if (part.length > 0) Object.assign(result, await loadGroup(db, p, part));
  }
  return result;
}

/** Work in a tenant transaction of its own, one per call. */
export type InTenant = <T>(work: (tx: Db) => Promise<T>) => Promise<T>;

/**
 * All sections with the statement groups at the same time, each in a tenant transaction of its
 * own, so on a server with more than one core a computed dashboard takes as long as its slowest
 * group rather than the sum. The summaries must have been written and committed before (the
 * version's transaction does that), since no other transaction sees what an open one wrote. Each
 * statement reads what was committed when it started, as the statements of one READ COMMITTED
 * transaction do one after the other.
 */
export async function loadDashboardConcurrently(inTenant: InTenant, p: SectionParams): Promise<RawDashboard> {
  const parts = await Promise.all(
    STATEMENT_GROUPS.map((group) =>
      inTenant(async (tx) => {
        await tx.execute(sql`select ${DASHBOARD_SETTINGS}`);
        return loadGroup(tx, p, group);
      }),
    ),
  );
  return Object.assign({}, ...parts) as RawDashboard;
}
