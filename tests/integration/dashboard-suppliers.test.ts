// The dashboard's supplier filter for a buyer with 2,000 suppliers: the page carries only the chosen
// supplier (with its current name) and searches for the others; the API keeps the full list unless
// asked for the short one; the search never shows another buyer's supplier.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contracts, organisations, type Organisation } from "@/db/schema";
import { dashboardRoute, dashboardSupplierSearchRoute } from "@/lib/dashboard/routes";
import { organisationDashboard } from "@/lib/dashboard/service";
import type { DashboardView } from "@/lib/dashboard/shape";
import { SUPPLIER_LIST_LIMIT, SUPPLIER_SEARCH_LIMIT } from "@/lib/dashboard/suppliers";
import type { Caller } from "@/lib/http/steps";
import { withTenant } from "@/lib/tenancy";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createOrganisation, createSupplier, uniqueSuffix, type Team } from "../fixtures/factories";

const { db } = await openTestDatabase();
const TODAY = "2026-11-22";
const MANY = 2_000;

let big: Team<BuyerRole>;
let other: Team<BuyerRole>;
let small: Team<BuyerRole>;
let serving: Team<SupplierRole>;
let noord: Organisation;
let zuid: Organisation;
let onlyDraft: Organisation;
let suffix: string;

async function addContracts(tenantId: string, suppliers: Array<{ id: string; status?: "active" | "draft" }>) {
  await db.insert(contracts).values(
    suppliers.map((s, i) => ({
      tenantId,
      title: `Contract ${i} ${uniqueSuffix()}`,
      purchasingPackage: "asfalt",
      cooperationForm: "relationeel" as const,
      startDate: "2025-01-01",
      endDate: "2028-12-31",
      valueCents: 1_000_000,
      status: s.status ?? ("active" as const),
      supplierOrgId: s.id,
    })),
  );
}

beforeAll(async () => {
  [big, other, small, serving] = [await createBuyer(db), await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  suffix = uniqueSuffix();
  const many = await db
    .insert(organisations)
    .values(
      Array.from({ length: MANY }, (_, i) => ({
        kind: "supplier" as const,
        name: `Leverancier ${i} ${suffix}`,
        slug: `lev-${i}-${suffix}`,
      })),
    )
    .returning({ id: organisations.id });
  noord = await createOrganisation(db, "supplier", `Groenbouw Noord ${suffix}`);
  zuid = await createOrganisation(db, "supplier", `Groenbouw Zuid ${suffix}`);
  onlyDraft = await createOrganisation(db, "supplier", `Groenbouw Concept ${suffix}`);
  await addContracts(big.org.id, [...many, noord, serving.org, { id: onlyDraft.id, status: "draft" }]);
  // The other buyer's own supplier, and the supplier that serves both buyers.
  await addContracts(other.org.id, [zuid, serving.org]);
  await addContracts(small.org.id, [noord, zuid, serving.org]);
  // Statistics for the planner, as the app keeps them (db/client.ts): PGlite has no autovacuum.
  await db.execute(sql`analyze contracts`);
});

const FILTERS = "van=2026-Q1&tot=2026-Q4";

/** The dashboard as the page asks for it. */
function page(ctx: Caller, extra = "") {
  return withTenant(
    ctx,
    (tx) => organisationDashboard(tx, ctx, { search: new URLSearchParams(`${FILTERS}${extra}`), today: TODAY, shortSupplierList: true }),
    db,
  );
}

async function api(ctx: Caller, query: string) {
  const result = await dashboardRoute.run(ctx, { search: new URLSearchParams(query) });
  expect(result.status).toBe(200);
  return (result.body as { data: DashboardView }).data;
}

async function search(ctx: Caller | null, text: string) {
  const result = await dashboardSupplierSearchRoute.run(ctx, { text });
  return { status: result.status, body: result.body as { data: { suppliers: Array<{ id: string; name: string }>; more: boolean } } };
}

describe("the dashboard's supplier filter with many suppliers", () => {
  it("gives the page no supplier list, only their number, and keeps the page's data small", async () => {
    const view = await page(big.as.coordinator);
    expect(view.options.supplierCount).toBe(MANY + 2);
    expect(view.options.suppliers).toEqual([]);
    const full = await api(big.as.coordinator, FILTERS);
    expect(full.options.suppliers).toHaveLength(MANY + 2);
    // The supplier list was nearly all of the data; without it the page's data is a few KB.
    expect(JSON.stringify(full).length).toBeGreaterThan(100_000);
    expect(JSON.stringify(view).length).toBeLessThan(20_000);
  });

  it("keeps the API's full list unless the short one is asked for, which is what the page gets", async () => {
    const short = await api(big.as.viewer, `${FILTERS}&leverancier=${noord.id}&leverancierslijst=kort`);
    expect(short.options).toMatchObject({ supplierCount: MANY + 2, suppliers: [{ id: noord.id, name: noord.name }] });
    const full = await api(big.as.viewer, `${FILTERS}&leverancier=${noord.id}`);
    expect(full.options.suppliers.map((s) => s.id)).toContain(noord.id);
    expect(full.options.suppliers).toHaveLength(full.options.supplierCount);
  });

  it("names the chosen supplier by its current name after a rename, while the dashboard comes from the cache", async () => {
    const renamed = await createOrganisation(db, "supplier", `Hernoemd B.V. ${suffix}`);
    await addContracts(big.org.id, [renamed]);
    const ctx = big.as.coordinator;
    expect((await page(ctx, `&leverancier=${renamed.id}`)).options.suppliers).toEqual([{ id: renamed.id, name: renamed.name }]);
    // A name is no tenant data: the data version stays, the cached dashboard is served again.
    await db
      .update(organisations)
      .set({ name: `Nieuwe naam B.V. ${suffix}` })
      .where(eq(organisations.id, renamed.id));
    const after = await page(ctx, `&leverancier=${renamed.id}`);
    expect(after.options.suppliers).toEqual([{ id: renamed.id, name: `Nieuwe naam B.V. ${suffix}` }]);
    // It was the cache: its full list still has the old name (names expire from it in ten minutes, cache.ts).
    const cached = await withTenant(
      ctx,
      (tx) => organisationDashboard(tx, ctx, { search: new URLSearchParams(`${FILTERS}&leverancier=${renamed.id}`), today: TODAY }),
      db,
    );
    expect(cached.options.suppliers.find((s) => s.id === renamed.id)?.name).toBe(renamed.name);
    expect((await search(ctx, `nieuwe naam ${suffix}`)).body.data.suppliers).toEqual([
      { id: renamed.id, name: `Nieuwe naam B.V. ${suffix}` },
    ]);
  });

  it("never names another buyer's supplier, nor one of a draft only, when the URL holds its id", async () => {
    for (const id of [zuid.id, onlyDraft.id]) {
      const view = await page(big.as.coordinator, `&leverancier=${id}`);
      expect(view.filters.supplierId).toBe(id);
      expect(view.options.suppliers).toEqual([]);
      expect(JSON.stringify(view)).not.toContain("Groenbouw Zuid");
    }
  });

  it("keeps the plain list for a buyer with few suppliers", async () => {
    const view = await page(small.as.viewer);
    expect(view.options.supplierCount).toBe(3);
    expect(view.options.suppliers.map((s) => s.name).sort()).toEqual([noord.name, zuid.name, serving.org.name].sort());
    expect(SUPPLIER_LIST_LIMIT).toBeGreaterThanOrEqual(3);
  });
});

describe("the supplier search", () => {
  it("finds the buyer's suppliers by every word typed, in any case, by name", async () => {
    const found = await search(big.as.viewer, `groenbouw ${suffix}`);
    expect(found.status).toBe(200);
    // Not the other buyer's Groenbouw Zuid, not the supplier of a draft contract.
    expect(found.body.data).toEqual({ suppliers: [{ id: noord.id, name: noord.name }], more: false });
    expect((await search(big.as.viewer, `NOORD groenbouw ${suffix}`)).body.data.suppliers).toEqual([{ id: noord.id, name: noord.name }]);
    // The supplier serving both buyers is found by each of them.
    expect((await search(big.as.viewer, serving.org.name)).body.data.suppliers.map((s) => s.id)).toEqual([serving.org.id]);
    expect((await search(other.as.viewer, serving.org.name)).body.data.suppliers.map((s) => s.id)).toEqual([serving.org.id]);
  });

  it("answers at most 20 and says there are more", async () => {
    const found = (await search(big.as.contract_manager, `leverancier ${suffix}`)).body.data;
    expect(found.suppliers).toHaveLength(SUPPLIER_SEARCH_LIMIT);
    expect(found.more).toBe(true);
    expect(found.suppliers.every((s) => s.name.startsWith("Leverancier ") && s.name.endsWith(suffix))).toBe(true);
    const exact = (await search(big.as.contract_manager, `leverancier 1999 ${suffix}`)).body.data;
    expect(exact).toEqual({ suppliers: [expect.objectContaining({ name: `Leverancier 1999 ${suffix}` })], more: false });
  });

  it("shows the other buyer only its own suppliers", async () => {
    const found = (await search(other.as.admin, `groenbouw ${suffix}`)).body.data;
    expect(found.suppliers).toEqual([{ id: zuid.id, name: zuid.name }]);
    expect((await search(other.as.admin, `leverancier ${suffix}`)).body.data.suppliers).toEqual([]);
  });

  it("searches wildcards literally", async () => {
    expect((await search(big.as.viewer, "%%")).body.data.suppliers).toEqual([]);
    expect((await search(big.as.viewer, "__")).body.data.suppliers).toEqual([]);
  });

  it("refuses a supplier organisation, a role that reads no contracts, nobody signed in, and too short a search", async () => {
    expect((await search(serving.as.admin, serving.org.name)).status).toBe(403);
    expect((await search(big.as.verifier, `groenbouw ${suffix}`)).status).toBe(403);
    expect((await search(null, `groenbouw ${suffix}`)).status).toBe(401);
    const short = await dashboardSupplierSearchRoute.run(big.as.viewer, { text: " g " });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ code: "ValidationError", fieldErrors: { zoek: expect.stringContaining("tekens") } });
    expect((await search(big.as.viewer, "x".repeat(101))).status).toBe(400);
  });
});
