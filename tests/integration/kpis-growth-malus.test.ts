// Growth paths (replaced before the start; once an agreed KPI runs, only the quarterly review adds a
// version) and malus rules (buyer only, result obligations only, explained in one Dutch sentence).
import { beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "@/db/schema";
import { viewerOf } from "@/lib/contracts/queries";
import { setGrowthPath } from "@/lib/kpis/growth-path-actions";
import { setMalusRule } from "@/lib/malus/rule-actions";
import type { MalusRule } from "@/lib/malus/rule";
import { describeKpiMalus } from "@/lib/malus/sentence";
import { getContractKpi } from "@/lib/kpis/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, type Team } from "../fixtures/factories";
import { insertKpiContract, insertKpiRow, insertPathRow } from "../fixtures/kpis";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let buyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let supplier: Team<"admin" | "reporter" | "viewer">;
let future: Contract;
let started: Contract;

const kpiAs = (ctx: Caller, contract: Contract, kpiId: string) =>
  withTenant(scopeOf(ctx), (tx) => getContractKpi(tx, { viewer: viewerOf(ctx), contractId: contract.id, kpiId }), db).then((r) => r.kpi);

beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const managerId = buyer.as.contract_manager.userId;
  future = await insertKpiContract(db, { tenantId: buyer.org.id, managerId, supplierOrgId: supplier.org.id });
  started = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId,
    supplierOrgId: supplier.org.id,
    startDate: "2025-01-01",
    endDate: "2029-12-31",
  });
});

describe("growth path", () => {
  it("before the start replaces version 1, stepwise or linear, from the contract's first quarter", async () => {
    const kpi = await insertKpiRow(db, future, { proposedByKind: "buyer", status: "active", activeFrom: "2030-Q1" });
    const path = {
      id: kpi.id,
      interpolation: "linear",
      "milestones.0.quarter": "2030-Q1",
      "milestones.0.value": "10",
      "milestones.1.quarter": "2030-Q4",
      "milestones.1.value": "20",
    };
    expectOk(await setGrowthPath.run(supplier.as.reporter, { ...path, version: "1" }));
    expectOk(await setGrowthPath.run(buyer.as.contract_manager, { ...path, version: "2", interpolation: "step" }));
    const row = await kpiAs(buyer.as.viewer, future, kpi.id);
    expect(row.versions).toHaveLength(1);
    expect(row.versions[0]).toMatchObject({ version: 1, effectiveFrom: "2030-Q1", interpolation: "step" });
    expect(row.targets.slice(0, 5).map((t) => t.target)).toEqual(["10", "10", "10", "20", "20"]);
  });

  it("refuses milestones outside the contract and values with a decimal point", async () => {
    const kpi = await insertKpiRow(db, future, { proposedByKind: "buyer" });
    const result = await setGrowthPath.run(buyer.as.contract_manager, {
      id: kpi.id,
      version: "1",
      interpolation: "step",
      "milestones.0.quarter": "2040-Q1",
      "milestones.0.value": "12",
      "milestones.1.quarter": "2031-Q1",
      "milestones.1.value": "12.5",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "milestones.1.value": "Gebruik een komma voor decimalen, bijvoorbeeld 12,5." },
    });
    const outside = await setGrowthPath.run(buyer.as.contract_manager, {
      id: kpi.id,
      version: "1",
      interpolation: "step",
      "milestones.0.quarter": "2040-Q1",
      "milestones.0.value": "12",
    });
    expect(outside).toMatchObject({
      ok: false,
      fieldErrors: { milestones: "De mijlpaal van 2040 K1 valt buiten de looptijd van het contract." },
    });
  });

  it("a score path has whole scores 1–4 as targets, refused at the milestone, and runs stepwise", async () => {
    const kpi = await insertKpiRow(db, future, {
      proposedByKind: "buyer",
      kind: "qualitative",
      indicatorId: null,
      scoreMeanings: { "1": "Geen plan", "2": "Plan", "3": "In uitvoering", "4": "Bewezen" },
    });
    const path = {
      id: kpi.id,
      version: "1",
      interpolation: "linear",
      "milestones.0.quarter": "2030-Q1",
      "milestones.1.quarter": "2031-Q1",
    };
    const refused = await setGrowthPath.run(buyer.as.contract_manager, { ...path, "milestones.0.value": "2", "milestones.1.value": "3,5" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { "milestones.1.value": "Het doel is een hele score: kies 1, 2, 3 of 4." } });
    expectOk(await setGrowthPath.run(buyer.as.contract_manager, { ...path, "milestones.0.value": "2", "milestones.1.value": "4" }));
    const row = await kpiAs(buyer.as.viewer, future, kpi.id);
    expect(row.versions[0].interpolation).toBe("step");
    expect(row.targets.slice(0, 5).map((t) => t.target)).toEqual(["2", "2", "2", "2", "4"]);
  });

  it("after the start neither side changes the path of an agreed KPI: that is a decision of the quarterly review", async () => {
    const kpi = await insertKpiRow(db, started, { proposedByKind: "buyer", status: "active", activeFrom: "2025-Q1" });
    // The path agreed before the start, in force from the first quarter.
    await insertPathRow(db, kpi, {
      effectiveFrom: "2025-Q1",
      interpolation: "linear",
      milestones: [
        { quarter: "2025-Q1", value: "20" },
        { quarter: "2029-Q4", value: "60" },
      ],
    });
    const before = await kpiAs(buyer.as.viewer, started, kpi.id);
    const raised = {
      id: kpi.id,
      version: "1",
      interpolation: "linear",
      "milestones.0.quarter": "2025-Q1",
      "milestones.0.value": "20",
      "milestones.1.quarter": "2029-Q4",
      "milestones.1.value": "80",
    };
    for (const ctx of [buyer.as.contract_manager, buyer.as.admin, supplier.as.admin]) {
      expect(await setGrowthPath.run(ctx, { ...raised, reason: "Afgesproken in het kwartaalgesprek" })).toMatchObject({
        ok: false,
        code: "ForbiddenError",
        error: "Dit contract is gestart: een actieve KPI wijzigt alleen nog via het kwartaalgesprek.",
      });
    }
    const after = await kpiAs(buyer.as.viewer, started, kpi.id);
    expect(after.targets).toEqual(before.targets);
    expect(after.versions).toHaveLength(1);
  });
});

describe("malus rule", () => {
  it("the buyer sets a per-unit rule with factor, tolerance and caps; the sentence explains it", async () => {
    const kpi = await insertKpiRow(db, future, { proposedByKind: "buyer" });
    const form = {
      id: kpi.id,
      version: "1",
      type: "per_unit_shortfall",
      centsPerUnit: "12,00",
      factor: "1,5",
      toleranceKind: "absolute",
      toleranceValue: "0,5",
      capYearKind: "cents",
      capYearValue: "10.000",
      capContractKind: "percent_of_contract",
      capContractValue: "5",
    };
    expectOk(await setMalusRule.run(buyer.as.contract_manager, form));
    const row = await kpiAs(supplier.as.viewer, future, kpi.id);
    expect(
      describeKpiMalus(
        { obligation: row.obligation, malusRule: row.malusRule as MalusRule },
        row.indicator!.unitLabel,
        row.indicator!.direction,
      ).replace(/\u00a0/g, " "),
    ).toBe(
      "Per eenheid tekort: 1,5 × € 12,00 per procentpunt onder het doel, tolerantie 0,5 procentpunt, met een maximum van € 10.000,00 per jaar en 5 % van de contractwaarde over de hele looptijd.",
    );
  });

  it("assesses a rule per unit at milestones inside the contract, and says so", async () => {
    const kpi = await insertKpiRow(db, future, { proposedByKind: "buyer" });
    const form = { id: kpi.id, version: "1", type: "per_unit_shortfall", centsPerUnit: "1,00", factor: "1,5", assessment: "milestones" };
    const last = future.endDate.slice(0, 4);
    expect(await setMalusRule.run(buyer.as.contract_manager, { ...form, assessmentQuarters: "2020 K4" })).toMatchObject({
      fieldErrors: { assessmentQuarters: "Deze mijlpalen vallen buiten de kwartalen waarin de regel geldt: 2020 K4." },
    });
    expectOk(await setMalusRule.run(buyer.as.contract_manager, { ...form, assessmentQuarters: `${last} K1` }));
    const row = await kpiAs(supplier.as.viewer, future, kpi.id);
    expect(row.malusRule).toMatchObject({ assessment: { kind: "milestones", quarters: [`${last}-Q1`] } });
    expect(
      describeKpiMalus(
        { obligation: row.obligation, malusRule: row.malusRule as MalusRule },
        row.indicator!.unitLabel,
        row.indicator!.direction,
      ),
    ).toMatch(new RegExp(`^Beoordeeld op de mijlpalen ${last} K1 en bij oplevering: 1,5 × `));
  });

  it("a supplier cannot set or change a malus rule, not even through the KPI", async () => {
    const kpi = await insertKpiRow(db, future, { proposedByKind: "supplier" });
    for (const ctx of [supplier.as.admin, supplier.as.reporter]) {
      expect(await setMalusRule.run(ctx, { id: kpi.id, version: "1", type: "fixed", amount: "100" })).toMatchObject({
        code: "ForbiddenError",
      });
    }
    expect(await setMalusRule.run(buyer.as.viewer, { id: kpi.id, version: "1", type: "fixed", amount: "100" })).toMatchObject({
      code: "ForbiddenError",
    });
  });

  it("only on a result obligation, with a valid rule, and not on an active KPI after the start", async () => {
    const effort = await insertKpiRow(db, future, { proposedByKind: "buyer", obligation: "inspanning" });
    expect(await setMalusRule.run(buyer.as.admin, { id: effort.id, version: "1", type: "fixed", amount: "100" })).toMatchObject({
      fieldErrors: { type: "Alleen een resultaatverplichting kan een malus hebben; dit is een inspanningsverplichting." },
    });
    const result = await insertKpiRow(db, future, { proposedByKind: "buyer" });
    expect(
      await setMalusRule.run(buyer.as.admin, { id: result.id, version: "1", type: "percent_of_quarter_value", percent: "150" }),
    ).toMatchObject({
      fieldErrors: { type: "Het percentage van de kwartaalwaarde moet tussen 0 en 100 % liggen." },
    });
    const running = await insertKpiRow(db, started, { proposedByKind: "buyer", status: "active", activeFrom: "2025-Q1" });
    expect(await setMalusRule.run(buyer.as.admin, { id: running.id, version: "1", type: "fixed", amount: "100" })).toMatchObject({
      code: "ForbiddenError",
      error: "Dit contract is gestart: een actieve KPI wijzigt alleen nog via het kwartaalgesprek.",
    });
  });
});
