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

/**
 * Select-list items that prepare a transaction for the dashboard's statements: the summaries of the
 * tenant's changed quarters written (migration 0062), and no JIT compilation for the rest of the
 * transaction. The planner's estimates for these statements grow far beyond their real size under
 * row-level security (millions of rows for a window over tens of thousands), which crosses the
 * thresholds for compiling them with optimisation and inlining: on 20,000 contracts 0.7 s of
 * compilation per statement, for statements that then run in tens of milliseconds.
 */
export const PREPARE_DASHBOARD = (tenantId: string): SQL =>
  sql`refresh_contract_quarter_values(${tenantId}::uuid) as refreshed, set_config('jit', 'off', true) as jit`;

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
    if (part.length === 0) continue;
    const [row] = await queryRows<{ dashboard: unknown }>(db, dashboardSql(p, part));
    // postgres-js and PGlite both parse json; a driver that does not gives text.
    Object.assign(result, typeof row.dashboard === "string" ? JSON.parse(row.dashboard) : row.dashboard);
  }
  return result;
}
