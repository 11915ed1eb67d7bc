import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { Contract } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { viewerOf } from "@/lib/contracts/queries";
import { recordPromise } from "@/lib/kpis/promise-actions";
import { deleteBid, saveBid, saveTender } from "@/lib/tenders/actions";
import { deliveredByPromise } from "@/lib/tenders/delivery";
import { tenderOverview } from "@/lib/tenders/queries";
import { gainOf } from "@/lib/tenders/rules";
import type { Caller } from "@/lib/http/steps";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { globalIndicatorId } from "../fixtures/targets";
import { insertActiveKpi, insertSubmittedReport } from "../fixtures/reports";
import { reports, reportValues } from "@/db/schema";
import { eq } from "drizzle-orm";
import { demoStandIns } from "../fixtures/demo-stand-ins";
import { seedDemoTenders } from "@/db/seed/demo-tenders";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let winner: Team<SupplierRole>;
let contract: Contract;
let co2e = "";

const overview = (ctx: Caller, withNames: boolean) =>
  withTenant(scopeOf(ctx), (tx) => tenderOverview(tx, { viewer: viewerOf(ctx), contractId: contract.id, withNames }), db);

beforeAll(async () => {
  [a, b, winner] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  contract = await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: winner.org.id });
  co2e = await globalIndicatorId(db, "co2e");
  expectOk(
    await recordPromise.run(a.as.contract_manager, {
      contractId: contract.id,
      indicatorId: co2e,
      value: "80",
      description: "CO2-uitstoot per jaar",
    }),
  );
  expectOk(
    await saveTender.run(a.as.coordinator, {
      contractId: contract.id,
      reference: "2025-456789",
      procedure: "openbaar",
      awardDate: "2025-10-01",
      winnerScore: "82,5",
      version: "0",
    }),
  );
  expectOk(
    await saveBid.run(a.as.coordinator, {
      contractId: contract.id,
      bidderName: "Kookt Grijs BV",
      score: "61",
      version: "0",
      [`values.${co2e}`]: "120",
    }),
  );
  expectOk(await saveBid.run(a.as.admin, { contractId: contract.id, bidderName: "Soep & Co", version: "0", values: { [co2e]: "95,5" } }));
});

describe("all bids of a tender", () => {
  it("shows the coordinator every bid by name, lettered in order, next to the winner's promise", async () => {
    const view = await overview(a.as.coordinator, true);
    expect(view.tender).toMatchObject({ reference: "2025-456789", procedure: "openbaar", awardDate: "2025-10-01" });
    expect(view.bids.map((x) => [x.label, x.bidderName, x.values[co2e]])).toEqual([
      ["A", "Kookt Grijs BV", "120.0000"],
      ["B", "Soep & Co", "95.5000"],
    ]);
    // The winner's values are the contract's promises themselves, not a copy in the bids.
    expect(view.promises.map((p) => [p.indicatorId, p.value])).toEqual([[co2e, "80.0000"]]);
    const copies = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tender_bids where contract_id = ${contract.id}`);
    expect(copies[0].n).toBe(2);
  });

  it("never lets a losing bidder's name reach the supplier's session, not even by a direct query", async () => {
    const view = await overview(winner.as.admin, true);
    expect(view.bids.map((x) => [x.label, x.bidderName])).toEqual([
      ["A", null],
      ["B", null],
    ]);
    expect(JSON.stringify(view)).not.toMatch(/Kookt Grijs|Soep & Co/);
    const direct = await withTenant(
      scopeOf(winner.as.reporter),
      (tx) => queryRows<{ name: string }>(tx, sql`select name from tender_bidders`),
      db,
    );
    expect(direct).toEqual([]);
    // The same session does read the bids themselves: it is the names' table that is closed to it.
    const letters = await withTenant(
      scopeOf(winner.as.reporter),
      (tx) => queryRows<{ label: string }>(tx, sql`select label from tender_bids order by label`),
      db,
    );
    expect(letters.map((r) => r.label)).toEqual(["A", "B"]);
  });

  it("gives a buyer's viewer the letters but not the names", async () => {
    const view = await overview(a.as.viewer, false);
    expect(view.bids.every((x) => x.bidderName === null)).toBe(true);
  });

  it("computes the gain of the choice against the others' median and best", () => {
    expect(gainOf("lower_better", "80", ["120", "95.5"])).toEqual({
      othersMedian: "107.75",
      othersBest: "95.5",
      gainOnMedian: "27.75",
      gainOnBest: "15.5",
    });
    expect(gainOf("higher_better", "40", ["45", "30", "20"])).toMatchObject({ othersMedian: "30", gainOnMedian: "10", gainOnBest: "-5" });
  });

  it("refuses another tenant's contract and bid as not found, and values on an indicator nobody promised", async () => {
    const bid = (await overview(a.as.coordinator, true)).bids[0];
    expect(await saveBid.run(b.as.coordinator, { contractId: contract.id, bidderName: "X", version: "0" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    expect(await deleteBid.run(b.as.coordinator, { id: bid.id, version: String(bid.version) })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    const mki = await globalIndicatorId(db, "mki");
    const result = await saveBid.run(a.as.coordinator, { contractId: contract.id, bidderName: "Y", version: "0", [`values.${mki}`]: "3" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [`values.${mki}`]: expect.any(String) } });
  });

  it("refuses the contract manager, the viewer and the supplier, and a stale version", async () => {
    for (const ctx of [a.as.contract_manager, a.as.viewer, winner.as.admin]) {
      expect(await saveBid.run(ctx, { contractId: contract.id, bidderName: "Z", version: "0" })).toMatchObject({
        ok: false,
        code: "ForbiddenError",
      });
    }
    const bid = (await overview(a.as.coordinator, true)).bids[1];
    const stale = await saveBid.run(a.as.coordinator, {
      contractId: contract.id,
      id: bid.id,
      bidderName: "Soep",
      version: String(bid.version + 1),
    });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
  });
});

describe("delivery against the bids", () => {
  it("puts the latest accepted value of the KPI on the promise's indicator beside the winner's promise", async () => {
    const delivered = (ctx: Caller) =>
      withTenant(scopeOf(ctx), (tx) => deliveredByPromise(tx, { tenantId: a.org.id, contractId: contract.id }), db);
    const [promise] = (await overview(a.as.coordinator, false)).promises;
    expect((await delivered(a.as.coordinator)).get(promise.id)).toBeUndefined();

    const kpi = await insertActiveKpi(db, contract, { indicatorId: co2e });
    for (const [quarter, value, status] of [
      ["2026-Q1", "95", "accepted"],
      ["2026-Q2", "88", "accepted"],
      // Not accepted yet: the buyer has not agreed that this is what was delivered.
      ["2026-Q3", "70", "submitted"],
    ] as const) {
      const report = await insertSubmittedReport(db, contract, quarter);
      if (status === "accepted") await db.update(reports).set({ status }).where(eq(reports.id, report.id));
      await db.insert(reportValues).values({ tenantId: contract.tenantId, reportId: report.id, kpiId: kpi.id, value });
    }
    expect((await delivered(a.as.coordinator)).get(promise.id)).toEqual({ value: "88", quarter: "2026-Q2" });
    // The winning supplier compares its delivery with the same figure; another buyer sees nothing.
    expect((await delivered(winner.as.reporter)).get(promise.id)).toEqual({ value: "88", quarter: "2026-Q2" });
    expect(
      (await withTenant(scopeOf(b.as.coordinator), (tx) => deliveredByPromise(tx, { tenantId: a.org.id, contractId: contract.id }), db))
        .size,
    ).toBe(0);
  });
});

describe("the demo tender", () => {
  it("gives Voorbeeldstad's catering contract two losing bids, named only for the coordinator", async () => {
    const demo = await demoStandIns(db);
    await seedDemoTenders(db, demo.ids);
    const catering = demo.contractsByTitle.get("Catering stadhuis en wijkcentra 2025–2029")!;
    const read = (ctx: Caller, withNames: boolean) =>
      withTenant(scopeOf(ctx), (tx) => tenderOverview(tx, { viewer: viewerOf(ctx), contractId: catering.id, withNames }), db);
    const named = await read(demo.buyers.voorbeeldstad.as.coordinator, true);
    expect(named.tender).toMatchObject({ procedure: "openbaar", awardDate: "2024-10-15" });
    expect(named.bids.map((x) => [x.label, x.bidderName])).toEqual([
      ["A", "Grootkeuken Noord BV"],
      ["B", "Smaakmakers Catering"],
    ]);
    const supplierView = await read(demo.suppliers.groen.as.viewer, true);
    expect(supplierView.bids.map((x) => x.bidderName)).toEqual([null, null]);
  });
});
