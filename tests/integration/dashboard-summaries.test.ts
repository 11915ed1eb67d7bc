// The rows the database keeps for the dashboards (migrations 0018–0019): review outcomes written
// when a review becomes final, the per-tenant log of data changes that versions the dashboard
// cache, and the buyer policies in the form the planner can estimate. Against both databases.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { contracts } from "@/db/schema";
import { dataVersion, dashboardCache } from "@/lib/dashboard/cache";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { seedDashboardBuyer, dashboardOf, type DashboardWorld } from "../fixtures/dashboard";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let a: DashboardWorld;
let b: DashboardWorld;

beforeAll(async () => {
  a = await seedDashboardBuyer(db, " A");
  b = await seedDashboardBuyer(db, " B");
});

type Outcome = {
  reviewId: string;
  quarter: string;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  scored: number;
  worst: number;
  malus: number;
};
const outcomesOf = (tx: typeof db) =>
  queryRows<Outcome>(
    tx,
    sql`select review_id as "reviewId", quarter, on_track as "onTrack", at_risk as "atRisk", off_track as "offTrack", scored, worst,
               malus_applied_cents as malus
        from review_outcomes order by quarter, review_id`,
  );

describe("review outcomes", () => {
  it("are counted once when a review becomes final, per review and per organisation theme", async () => {
    const rows = await withTenant(a.buyer.as.coordinator, outcomesOf, a.buyer.as.coordinator.db);
    // C1: 2025-Q4, 2026-Q1, 2026-Q2; C2: 2026-Q2. The draft of C2 2026-Q3 has none.
    expect(rows.map((r) => r.quarter)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q2"]);
    expect(rows.find((r) => r.reviewId === a.reviews.r1b)).toEqual({
      reviewId: a.reviews.r1b,
      quarter: "2026-Q2",
      onTrack: 1,
      atRisk: 1,
      offTrack: 0,
      scored: 2,
      worst: 2,
      malus: 0,
    });
    expect(rows.find((r) => r.reviewId === a.reviews.r1a)).toMatchObject({ onTrack: 1, offTrack: 1, worst: 3, malus: 50_000 });
    const themes = await withTenant(
      a.buyer.as.coordinator,
      (tx) =>
        queryRows<{ themeKey: string; onTrack: number; scored: number }>(
          tx,
          sql`select theme_key as "themeKey", on_track as "onTrack", scored from review_theme_outcomes where review_id = ${a.reviews.r1b}::uuid order by theme_key`,
        ),
      a.buyer.as.coordinator.db,
    );
    // K1a (Uitstoot → Klimaat) on track; K1b (Circulaire materialen → Circulair) at risk.
    expect(themes).toEqual([
      { themeKey: "circulair", onTrack: 0, scored: 1 },
      { themeKey: "klimaat", onTrack: 1, scored: 1 },
    ]);
  });

  it("are shown to the buyer and the contract's own supplier only, and written by no one", async () => {
    const [s1, s2] = a.suppliers;
    expect((await withTenant(s1.as.admin, outcomesOf, s1.as.admin.db)).map((r) => r.quarter)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2"]);
    expect((await withTenant(s2.as.admin, outcomesOf, s2.as.admin.db)).map((r) => r.quarter)).toEqual(["2026-Q2"]);
    const otherBuyer = await withTenant(b.buyer.as.coordinator, outcomesOf, b.buyer.as.coordinator.db);
    expect(otherBuyer.some((r) => [a.reviews.r1a, a.reviews.r1b].includes(r.reviewId))).toBe(false);
    const forged = withTenant(
      a.buyer.as.admin,
      (tx) => tx.execute(sql`update review_outcomes set on_track = scored where review_id = ${a.reviews.r1a}::uuid`),
      a.buyer.as.admin.db,
    );
    expect(await databaseError(forged)).toMatch(/permission denied/);
  });
});

describe("data version and the dashboard cache", () => {
  it("serves a computed dashboard again until the tenant's data changes, and never after", async () => {
    dashboardCache.clear();
    const first = await dashboardOf(a);
    expect(await dashboardOf(a)).toBe(first);

    const before = {
      a: await withTenant(a.buyer.as.coordinator, (tx) => dataVersion(tx, { tenantId: a.buyer.org.id }), a.buyer.as.coordinator.db),
      b: await withTenant(b.buyer.as.coordinator, (tx) => dataVersion(tx, { tenantId: b.buyer.org.id }), b.buyer.as.coordinator.db),
    };
    await withTenant(
      a.buyer.as.admin,
      (tx) => tx.update(contracts).set({ title: "Asfalt Noord hernoemd" }).where(eq(contracts.id, a.c1.id)),
      a.buyer.as.admin.db,
    );
    expect(
      await withTenant(a.buyer.as.coordinator, (tx) => dataVersion(tx, { tenantId: a.buyer.org.id }), a.buyer.as.coordinator.db),
    ).not.toBe(before.a);
    expect(await withTenant(b.buyer.as.coordinator, (tx) => dataVersion(tx, { tenantId: b.buyer.org.id }), b.buyer.as.coordinator.db)).toBe(
      before.b,
    );

    const after = await dashboardOf(a);
    expect(after).not.toBe(first);
    expect(after.heatmap.rows.map((r) => r.title)).toContain("Asfalt Noord hernoemd");
    expect(first.heatmap.rows.map((r) => r.title)).toContain("Asfalt Noord A");
  });

  it("moves on when a supplier's report changes its buyer's data, and keeps tenants apart", async () => {
    const [s1] = a.suppliers;
    const version = await withTenant(
      a.buyer.as.coordinator,
      (tx) => dataVersion(tx, { tenantId: a.buyer.org.id }),
      a.buyer.as.coordinator.db,
    );
    await withTenant(
      s1.as.admin,
      (tx) => tx.execute(sql`update reports set narrative = 'Toelichting' where contract_id = ${a.c1.id}::uuid and quarter = '2026-Q3'`),
      s1.as.admin.db,
    );
    expect(
      await withTenant(a.buyer.as.coordinator, (tx) => dataVersion(tx, { tenantId: a.buyer.org.id }), a.buyer.as.coordinator.db),
    ).not.toBe(version);
    // Another tenant's log is invisible: asking for A's version as B counts nothing.
    expect(await withTenant(b.buyer.as.coordinator, (tx) => dataVersion(tx, { tenantId: a.buyer.org.id }), b.buyer.as.coordinator.db)).toBe(
      "0.0.0",
    );
  });

  it("logs a transaction once per tenant, however many rows of however many tables it changes", async () => {
    const txid = await withTenant(
      a.buyer.as.admin,
      async (tx) => {
        await tx
          .update(contracts)
          .set({ title: sql`${contracts.title} || ''` })
          .where(eq(contracts.tenantId, a.buyer.org.id));
        await tx.execute(sql`update kpis set name = name where tenant_id = ${a.buyer.org.id}::uuid`);
        const [row] = await queryRows<{ txid: string }>(tx, sql`select pg_current_xact_id()::text as txid`);
        return row.txid;
      },
      a.buyer.as.admin.db,
    );
    const logged = await queryRows<{ tenant_id: string }>(db, sql`select tenant_id from tenant_data_changes where txid = ${txid}::bigint`);
    expect(logged).toEqual([{ tenant_id: a.buyer.org.id }]);
  });

  it("keeps the log short: a write drops its tenant's entries older than an hour, and the version moves on", async () => {
    await db.execute(
      sql`insert into tenant_data_changes (tenant_id, txid, changed_at) values (${a.buyer.org.id}::uuid, 1, now() - interval '2 hours')`,
    );
    const version = await withTenant(
      a.buyer.as.coordinator,
      (tx) => dataVersion(tx, { tenantId: a.buyer.org.id }),
      a.buyer.as.coordinator.db,
    );
    await withTenant(
      a.buyer.as.admin,
      (tx) => tx.update(contracts).set({ title: "Asfalt Noord weer anders" }).where(eq(contracts.id, a.c1.id)),
      a.buyer.as.admin.db,
    );
    const [row] = await queryRows<{ old: number; recent: number }>(
      db,
      sql`select count(*) filter (where changed_at < now() - interval '1 hour')::int as old, count(*)::int as recent
          from tenant_data_changes where tenant_id = ${a.buyer.org.id}::uuid`,
    );
    expect(row.old).toBe(0);
    expect(row.recent).toBeGreaterThan(0);
    expect(
      await withTenant(a.buyer.as.coordinator, (tx) => dataVersion(tx, { tenantId: a.buyer.org.id }), a.buyer.as.coordinator.db),
    ).not.toBe(version);
  });
});

describe("buyer policies", () => {
  it("compare a column with app_buyer_org_id(), the form the planner can estimate", async () => {
    const [row] = await queryRows<{ rewritten: number; old: number }>(
      db,
      sql`select count(*) filter (where qual like '%app_buyer_org_id()%')::int as rewritten,
                 count(*) filter (where qual like '%app_org_kind() = ''buyer''%' and qual like '%tenant_id = app_org_id()%')::int as old
          from pg_policies where 'groeipad_buyer' = any (roles)`,
    );
    expect(row.old).toBe(0);
    expect(row.rewritten).toBeGreaterThanOrEqual(30);
  });
});
