// The start page's figures (lib/contracts/overview.ts) are counted in SQL and listed with limits;
// they must be exactly what reading every contract and counting in memory gave, for every kind of
// viewer, with visibleTo() and row-level security still deciding what is seen.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { contracts } from "@/db/schema";
import { contractOverview } from "@/lib/contracts/overview";
import { listContracts, viewerOf } from "@/lib/contracts/queries";
import type { Caller } from "@/lib/http/steps";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, nextRequest, uniqueSuffix, type Team } from "../fixtures/factories";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";

const { db } = await openTestDatabase();
const MINE_SHOWN = 10;

type Listed = Awaited<ReturnType<typeof listContracts>>[number];
const shown = (c: Listed) => ({ id: c.id, title: c.title, status: c.status, endDate: c.endDate });

/** The start page as it was: every visible contract read (in the contract list's order) and counted here. */
function inMemoryOverview(rows: Listed[], managerId: string | null) {
  const active = rows.filter((c) => c.status === "active");
  const mine = managerId === null ? [] : rows.filter((c) => c.contractManagerId === managerId);
  return {
    active: active.length,
    draft: rows.filter((c) => c.status === "draft").length,
    activeValueCents: active.reduce((sum, c) => sum + c.valueCents, 0),
    withoutSupplier: rows.filter((c) => !c.supplierOrgId && (c.status === "draft" || c.status === "active")).length,
    buyers: new Set(rows.map((c) => c.tenantId)).size,
    mine: mine.length,
    myFirst: mine.slice(0, MINE_SHOWN).map(shown),
    endingSoon: [...active]
      .sort((a, b) => a.endDate.localeCompare(b.endDate))
      .slice(0, 5)
      .map(shown),
  };
}

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let both: Team<SupplierRole>;
let onlyA: Team<SupplierRole>;

const STATUSES = ["active", "draft", "completed", "active", "terminated", "active", "draft"] as const;
const STARTS = ["2024-01-01", "2025-06-01", "2025-06-01", "2026-01-01"];
const ENDS = ["2026-03-31", "2027-12-31", "2026-03-31", "2028-06-30", "2027-12-31", "2030-01-31"];

beforeAll(async () => {
  [a, b, both, onlyA] = [await createBuyer(db), await createBuyer(db), await createSupplier(db), await createSupplier(db)];
  const managers = [
    a.as.contract_manager.userId,
    a.as.contract_manager.userId,
    a.as.admin.userId,
    null,
    a.as.contract_manager.userId,
    a.as.coordinator.userId,
  ];
  const suppliers = [both.org.id, onlyA.org.id, null];
  const suffix = uniqueSuffix();
  // 40 contracts of buyer A: mixed statuses and values, ties on start and end dates, titles whose
  // order is the database's collation, 20 managed by one contract manager (more than the page shows).
  await db.insert(contracts).values(
    Array.from({ length: 40 }, (_, i) => ({
      tenantId: a.org.id,
      title: `${["Asfalt", "beheer", "Catering", "Élektra", "groen"][i % 5]} ${String.fromCharCode(97 + ((i * 7) % 26))} ${i} ${suffix}`,
      purchasingPackage: "asfalt",
      cooperationForm: "relationeel" as const,
      startDate: STARTS[i % STARTS.length],
      endDate: ENDS[(i * 5) % ENDS.length],
      valueCents: i === 3 ? 987_654_321_012 : (i * 1_234_567) % 50_000_000,
      status: STATUSES[i % STATUSES.length],
      contractManagerId: managers[i % managers.length],
      supplierOrgId: suppliers[i % suppliers.length],
    })),
  );
  // Buyer B: three contracts, two with the supplier that serves A too.
  await db.insert(contracts).values(
    (["active", "active", "draft"] as const).map((status, i) => ({
      tenantId: b.org.id,
      title: `Onderhoud ${i} ${suffix}`,
      purchasingPackage: "asfalt",
      cooperationForm: "transactioneel" as const,
      startDate: "2025-01-01",
      endDate: ["2025-12-31", "2026-02-28", "2026-01-31"][i],
      valueCents: 5_000_000 * (i + 1),
      status,
      contractManagerId: b.as.contract_manager.userId,
      supplierOrgId: i < 2 ? both.org.id : null,
    })),
  );
});

async function bothWays(actor: Caller) {
  const ctx = await nextRequest(actor);
  const managerId = ctx.org.kind === "buyer" ? ctx.userId : null;
  return withTenant(
    ctx,
    async (tx: Db) => ({
      before: inMemoryOverview(await listContracts(tx, { viewer: viewerOf(ctx) }), managerId),
      after: await contractOverview(tx, { viewer: viewerOf(ctx), managerId, mineShown: MINE_SHOWN }),
    }),
    db,
  );
}

describe("the start page's figures", () => {
  it("are exactly the in-memory figures for every member of the buyer", async () => {
    for (const role of ["admin", "coordinator", "contract_manager", "viewer"] as const) {
      const { before, after } = await bothWays(a.as[role]);
      expect(after).toEqual(before);
    }
    const { after } = await bothWays(a.as.contract_manager);
    // The fixture means something: a manager with more contracts than shown, a value past 2^32.
    expect(after.mine).toBe(20);
    expect(after.myFirst).toHaveLength(MINE_SHOWN);
    expect(after.endingSoon).toHaveLength(5);
    expect(after.activeValueCents).toBeGreaterThan(987_654_321_012);
    expect(after.withoutSupplier).toBeGreaterThan(0);
  });

  it("are exactly the in-memory figures for a supplier serving two buyers, and for a supplier of one", async () => {
    const serving = await bothWays(both.as.admin);
    expect(serving.after).toEqual(serving.before);
    expect(serving.after.buyers).toBe(2);
    expect(serving.after.endingSoon[0].title).toMatch(/^Onderhoud 0 /);
    const single = await bothWays(onlyA.as.viewer);
    expect(single.after).toEqual(single.before);
    expect(single.after.buyers).toBe(1);
  });

  it("are exactly the in-memory figures for the other buyer, which sees none of A's contracts", async () => {
    const { before, after } = await bothWays(b.as.contract_manager);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ active: 2, draft: 1, buyers: 1, mine: 3, activeValueCents: 15_000_000 });
  });

  it("keep row-level security: another buyer's viewer inside A's transaction counts nothing", async () => {
    const ctx = await nextRequest(a.as.admin);
    const figures = await withTenant(
      ctx,
      (tx) => contractOverview(tx, { viewer: viewerOf(b.as.admin), managerId: b.as.contract_manager.userId, mineShown: MINE_SHOWN }),
      db,
    );
    expect(figures).toMatchObject({ active: 0, draft: 0, activeValueCents: 0, buyers: 0, mine: 0, myFirst: [], endingSoon: [] });
  });
});
