// Tender promises: the buyer records what the supplier promised in its bid and turns it into a
// result KPI in one step; the KPI keeps the link, and the supplier only reads the promises.
import { beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "@/db/schema";
import { viewerOf } from "@/lib/contracts/queries";
import { promiseToKpi, recordPromise } from "@/lib/kpis/promise-actions";
import { getContractKpi, listPromises } from "@/lib/kpis/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, type Team } from "../fixtures/factories";
import { insertKpiContract } from "../fixtures/kpis";
import { globalIndicatorId } from "../fixtures/targets";

const { db } = await openTestDatabase();

let buyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let supplier: Team<"admin" | "reporter" | "viewer">;
let roadworks: Contract;
let mkiPerTon: string;

beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  roadworks = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  mkiPerTon = await globalIndicatorId(db, "mki_per_ton");
});

const promiseForm = (overrides: Record<string, unknown> = {}) => ({
  contractId: roadworks.id,
  indicatorId: mkiPerTon,
  value: "38,50",
  dueQuarter: "2030 K3",
  description: "MKI per ton asfalt volgens de winnende inschrijving.",
  source: "Inschrijving, bijlage 4",
  ...overrides,
});

describe("tender promises", () => {
  it("records a promise with a decimal comma and turns it into a result KPI that keeps the link", async () => {
    const { id: promiseId } = expectOk(await recordPromise.run(buyer.as.contract_manager, promiseForm()));
    const { id: kpiId } = expectOk(await promiseToKpi.run(buyer.as.contract_manager, { promiseId }));

    const read = (ctx: typeof supplier.as.viewer) =>
      withTenant(scopeOf(ctx), (tx) => getContractKpi(tx, { viewer: viewerOf(ctx), contractId: roadworks.id, kpiId }), db);
    const { kpi } = await read(supplier.as.viewer);
    expect(kpi).toMatchObject({
      promiseId,
      status: "proposed",
      proposedByKind: "buyer",
      kind: "quantitative",
      obligation: "resultaat",
      name: "MKI per ton volgens toezegging",
    });
    // The promised value is the target from the promised quarter on; nothing was promised before it.
    expect(kpi.targets.find((t) => t.key === "2030-Q2")?.target).toBeUndefined();
    expect(kpi.targets.find((t) => t.key === "2030-Q3")).toMatchObject({ target: "38.5", isMilestone: true });
    expect(kpi.targets.at(-1)?.target).toBe("38.5");

    const listed = await withTenant(
      scopeOf(supplier.as.viewer),
      (tx) => listPromises(tx, { viewer: viewerOf(supplier.as.viewer), contractId: roadworks.id }),
      db,
    );
    expect(listed.promises.find((p) => p.id === promiseId)?.kpis.map((k) => k.id)).toEqual([kpiId]);
    expect(await promiseToKpi.run(buyer.as.contract_manager, { promiseId })).toMatchObject({
      ok: false,
      error: "Van deze toezegging is al een KPI gemaakt.",
    });
  });

  it("refuses a decimal point, an unknown quarter and a quarter outside the contract", async () => {
    const result = await recordPromise.run(buyer.as.admin, promiseForm({ value: "38.5", dueQuarter: "Q9" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        value: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
        dueQuarter: "Kies een kwartaal, bijvoorbeeld 2027 K2.",
      },
    });
    expect(await recordPromise.run(buyer.as.admin, promiseForm({ dueQuarter: "2040-Q1" }))).toMatchObject({
      fieldErrors: { dueQuarter: "2040 K1 valt buiten de looptijd van het contract." },
    });
  });

  it("suppliers read promises but neither record them nor turn them into KPIs; strangers do not find them", async () => {
    const { id: promiseId } = expectOk(await recordPromise.run(buyer.as.contract_manager, promiseForm()));
    expect(await recordPromise.run(supplier.as.admin, promiseForm())).toMatchObject({ code: "ForbiddenError" });
    expect(await promiseToKpi.run(supplier.as.reporter, { promiseId })).toMatchObject({ code: "ForbiddenError" });
    const stranger = await createBuyer(db);
    expect(await promiseToKpi.run(stranger.as.admin, { promiseId })).toMatchObject({
      code: "NotFoundError",
      error: "Deze toezegging bestaat niet.",
    });
  });
});
