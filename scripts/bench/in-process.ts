// Measurements inside the benchmark process, on the same database, before the app is started:
// - the app's database time for each scenario (its own data function, in the tenant transaction
//   with row-level security), against the best hand-written SQL for the same result;
// - the cost of row-level security: the dashboard's statement as the buyer's role in the
//   tenant transaction, against the same statement as the owner, which bypasses it.
// Medians over several runs after a warm-up, so one noisy run on a shared machine does not decide.
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { queryRows, runsOnPglite } from "../../db/client";
import { parseFilters } from "../../lib/dashboard/filters";
import { loadDashboard, loadDashboardConcurrently } from "../../lib/dashboard/queries";
import { dashboardCache } from "../../lib/dashboard/cache";
import { pageDashboard } from "../../lib/dashboard/service";
import { amsterdamToday } from "../../lib/time";
import { viewerOf } from "../../lib/contracts/queries";
import { withTenant } from "../../lib/tenancy";
import type { BenchDatabase } from "./database";
import { HAND_WRITTEN_CONTRACT_DASHBOARD, HAND_WRITTEN_REVIEW_SAVE } from "./hand-written";
import { benchRuns, median as timeMedian } from "./median";

const RUNS = benchRuns(7);
const median = (work: () => Promise<unknown>) => timeMedian(work, RUNS);

export type InProcess = {
  contractId: string;
  appDbMs: Record<string, number | null>;
  sqlMs: Record<string, number | null>;
  rlsOverhead: number;
  notes: string[];
};

export async function measureInProcess(bench: BenchDatabase): Promise<InProcess> {
  const db = bench.db;
  const today = amsterdamToday();
  const ctx = {
    db,
    userId: bench.coordinator.id,
    org: { id: bench.tenantId, slug: "grootstad", name: "Grootstad", kind: "buyer" as const, partnerOrgIds: [] },
  };
  const params = { tenantId: bench.tenantId, filters: parseFilters({}, today), today, limit: 15 };
  const scope = { userId: bench.coordinator.id, orgId: bench.tenantId, orgKind: "buyer" as const };

  // Computed, not cached: the cache is emptied before every run, so this is the work a request
  // does after a change of data (the load test below mostly meets a warm cache, as people will).
  // As the page reads it: on PostgreSQL the statements in transactions of their own, at the same time.
  const appOrg = await median(() => {
    dashboardCache.clear();
    return pageDashboard(ctx, { search: {} }, db);
  });
  const appOrgCached = await median(() => pageDashboard(ctx, { search: {} }, db));
  // The dashboard's data is already hand-written SQL (three statements, lib/dashboard/queries.ts);
  // the baseline is those statements alone, as the owner: no tenant transaction, no row-level
  // security, no shaping in JavaScript, at the same time as the page runs them.
  const bareOrg = await median(() =>
    runsOnPglite(db)
      ? loadDashboard(db, params)
      : loadDashboardConcurrently((work) => db.transaction((tx) => work(tx as unknown as Db)), params),
  );
  const withRls = await median(() => withTenant(scope, (tx) => loadDashboard(tx, params), db));
  const withoutRls = await median(() => db.transaction((tx) => loadDashboard(tx as unknown as Db, params)));

  const [contract] = await queryRows<{ id: string; managerId: string }>(
    db,
    sql`select id, contract_manager_id as "managerId" from contracts where tenant_id = ${bench.tenantId}::uuid order by reference limit 1`,
  );
  const contractSql = await median(() => db.execute(HAND_WRITTEN_CONTRACT_DASHBOARD(bench.tenantId, contract.id)));
  const appContract = await contractDashboardTime(db, bench, contract);
  const reviewSql = await reviewSaveSqlTime(db, bench.tenantId);
  const appReview = await reviewSaveAppTime(db, bench);

  return {
    contractId: contract.id,
    appDbMs: { org_dashboard: appOrg, contract_dashboard: appContract, review_save: appReview },
    sqlMs: { org_dashboard: bareOrg, contract_dashboard: contractSql, review_save: reviewSql },
    rlsOverhead: Math.max(0, withRls / withoutRls - 1),
    notes: [
      `org dashboard in process: computed ${appOrg.toFixed(1)} ms, from the cache ${appOrgCached.toFixed(1)} ms, bare statements ${bareOrg.toFixed(1)} ms; with RLS ${withRls.toFixed(1)} ms, without ${withoutRls.toFixed(1)} ms (medians of ${RUNS})`,
      `review_save in process: the action ${appReview.toFixed(1)} ms against the hand-written UPDATEs + audit INSERT ${reviewSql.toFixed(1)} ms`,
    ],
  };
}

async function contractDashboardTime(db: Db, bench: BenchDatabase, contract: { id: string; managerId: string }): Promise<number | null> {
  const load = await import("../../lib/contract-dashboard/service").catch(() => null);
  if (!load) return null;
  const [actor] = await queryRows<{ email: string; name: string | null }>(
    db,
    sql`select email, name from users where id = ${contract.managerId}::uuid`,
  );
  const ctx = {
    db,
    userId: contract.managerId,
    email: actor.email,
    name: actor.name,
    role: "contract_manager" as const,
    org: { id: bench.tenantId, slug: "grootstad", name: "Grootstad", kind: "buyer" as const, partnerOrgIds: [] },
  };
  return median(() => withTenant(ctx, (tx) => load.readContractDashboard(tx, { viewer: viewerOf(ctx), contractId: contract.id }), db));
}

/** The least a review save must do: the score, the review's version, and its audit event. */
async function reviewSaveSqlTime(db: Db, tenantId: string): Promise<number> {
  const [row] = await queryRows<{ reviewId: string; kpiId: string }>(
    db,
    sql`select s.review_id as "reviewId", s.kpi_id as "kpiId" from review_scores s join reviews r on r.tenant_id = s.tenant_id and r.id = s.review_id
        where s.tenant_id = ${tenantId}::uuid and r.status = 'draft' limit 1`,
  );
  return median(() =>
    db.transaction(async (tx) => {
      for (const statement of HAND_WRITTEN_REVIEW_SAVE(tenantId, row.reviewId, row.kpiId)) await tx.execute(statement);
    }),
  );
}

/** The review save action itself (permission, validation, tenant transaction, audit), in process. */
async function reviewSaveAppTime(db: Db, bench: BenchDatabase): Promise<number> {
  const { scoreKpi } = await import("../../lib/reviews/score-actions");
  const [row] = await queryRows<{ reviewId: string; kpiId: string; version: number; managerId: string; email: string }>(
    db,
    sql`select r.id as "reviewId", min(s.kpi_id::text) as "kpiId", r.version, c.contract_manager_id as "managerId", u.email
        from reviews r join review_scores s on s.tenant_id = r.tenant_id and s.review_id = r.id
        join contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id join users u on u.id = c.contract_manager_id
        where r.tenant_id = ${bench.tenantId}::uuid and r.status = 'draft' group by r.id, r.version, c.contract_manager_id, u.email limit 1`,
  );
  const ctx = {
    db,
    userId: row.managerId,
    email: row.email,
    name: null,
    role: "contract_manager" as const,
    org: { id: bench.tenantId, slug: "grootstad", name: "Grootstad", kind: "buyer" as const, partnerOrgIds: [] },
  };
  let version = row.version;
  return median(async () => {
    const result = await scoreKpi.run(ctx, { reviewId: row.reviewId, version, kpiId: row.kpiId, score: "on_track" });
    if (!result.ok) throw new Error(`Opslaan van de review mislukte: ${result.error}`);
    version = result.data.version;
  });
}
