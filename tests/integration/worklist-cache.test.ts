// A buyer's "Te doen" is served from the cache until something it reads changes: a review
// planned or a report submitted in the organisation leaves or enters the list at the next read;
// each person has their own entry; another organisation's changes and log stay out of it.
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { contracts, reports, type Contract } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { dataVersion } from "@/lib/dashboard/cache";
import { withTenant } from "@/lib/tenancy";
import { currentWorklist } from "@/lib/worklist/cache";
import { openTestDatabase } from "../fixtures/db";
import { createStrangers, type Team } from "../fixtures/factories";
import { insertKpiContract } from "../fixtures/kpis";
import { insertReviewRow } from "../fixtures/reviews";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";

const { db } = await openTestDatabase();
const TODAY = "2026-12-05";
let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherBuyer: Team<BuyerRole>;
let managed: Contract;
let notManaged: Contract;

const listOf = (actor: Actor) => withTenant(actor, (tx) => currentWorklist(tx, { actor, today: TODAY }), db);
const keysOf = async (actor: Actor) => (await listOf(actor)).map((i) => i.key);
const workVersionAs = (actor: Actor, tenantId: string) =>
  withTenant(actor, (tx) => dataVersion(tx, { tenantId, log: "tenant_work_changes" }), db);

beforeAll(async () => {
  ({ buyer, supplier, otherBuyer } = await createStrangers(db));
  const period = { startDate: "2026-01-01", endDate: "2027-12-31", supplierOrgId: supplier.org.id, tenantId: buyer.org.id };
  managed = await insertKpiContract(db, { ...period, managerId: buyer.as.contract_manager.userId });
  notManaged = await insertKpiContract(db, { ...period, managerId: buyer.as.admin.userId });
  await db.update(contracts).set({ status: "active" }).where(eq(contracts.tenantId, buyer.org.id));
});

describe("the cached worklist", () => {
  it("is read once while nothing changes, and again after a review is planned or a report submitted", async () => {
    const manager = buyer.as.contract_manager;
    const first = await listOf(manager);
    expect(first.map((i) => i.key)).toContain(`plan:${managed.id}:2026-Q3`);
    // Nothing changed: the very same list comes back.
    expect(await listOf(manager)).toBe(first);

    await insertReviewRow(db, managed, "2026-Q3");
    const afterPlanning = await keysOf(manager);
    expect(afterPlanning).not.toContain(`plan:${managed.id}:2026-Q3`);

    await db.insert(reports).values({
      tenantId: buyer.org.id,
      contractId: managed.id,
      quarter: "2026-Q3",
      status: "submitted",
      dueDate: "2026-10-31",
      submittedAt: new Date(),
    });
    expect(await keysOf(manager)).toContain(`assess:${managed.id}:2026-Q3`);
  });

  it("keeps each person's own list: the coordinator's spans every contract, the contract manager's only theirs", async () => {
    expect(await keysOf(buyer.as.coordinator)).toContain(`plan:${notManaged.id}:2026-Q3`);
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`plan:${notManaged.id}:2026-Q3`);
    expect(await keysOf(buyer.as.viewer)).toEqual([]);
  });

  it("moves on with the organisation's own changes only, and no one reads another organisation's log", async () => {
    const before = await workVersionAs(buyer.as.coordinator, buyer.org.id);
    const elsewhere = await insertKpiContract(db, {
      tenantId: otherBuyer.org.id,
      managerId: otherBuyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
      startDate: "2026-01-01",
      endDate: "2027-12-31",
    });
    await db.update(contracts).set({ status: "active" }).where(eq(contracts.id, elsewhere.id));
    await insertReviewRow(db, elsewhere, "2026-Q3");
    expect(await workVersionAs(buyer.as.coordinator, buyer.org.id)).toBe(before);
    // Row-level security: the other buyer's coordinator sees no entry of this buyer's log.
    expect(await workVersionAs(otherBuyer.as.coordinator, buyer.org.id)).toBe("0.0.0");
    expect(await keysOf(otherBuyer.as.coordinator)).not.toContain(`plan:${managed.id}:2026-Q3`);
  });
});
