// Defining KPIs together: either side proposes, only the other side accepts or rejects (with a
// reason), both edit until the start, and afterwards an active KPI is frozen until the review.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { kpis } from "@/db/schema";
import type { Contract } from "@/db/schema";
import { acceptKpi, proposeKpi, rejectKpi, setKpiThemes, updateKpi } from "@/lib/kpis/actions";
import { listContractKpis } from "@/lib/kpis/queries";
import { readAuditLog } from "@/lib/audit-log/queries";
import { viewerOf } from "@/lib/contracts/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, type Team } from "../fixtures/factories";
import { insertKpiContract, insertKpiRow, kpiForm, kpiVersion } from "../fixtures/kpis";
import { globalIndicatorId } from "../fixtures/targets";
import { addThemeAs, createOrgWheelAs, deriveContractWheelAs } from "../fixtures/wheels";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let buyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let supplier: Team<"admin" | "reporter" | "viewer">;
let future: Contract;
let started: Contract;
let plantProtein: string;

const read = <T>(ctx: Caller, work: Parameters<typeof withTenant<T>>[1]) => withTenant(scopeOf(ctx), work, db);

beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const manager = buyer.as.contract_manager.userId;
  future = await insertKpiContract(db, { tenantId: buyer.org.id, managerId: manager, supplierOrgId: supplier.org.id });
  started = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId: manager,
    supplierOrgId: supplier.org.id,
    startDate: "2025-01-01",
    endDate: "2028-12-31",
  });
  plantProtein = await globalIndicatorId(db, "plant_protein");
});

describe("proposal flow", () => {
  it("a supplier's proposal waits for the buyer; the supplier cannot accept it, the contract manager can", async () => {
    const { id } = expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(future.id, plantProtein)));
    const [row] = (
      await read(supplier.as.reporter, (tx) => listContractKpis(tx, { viewer: viewerOf(supplier.as.reporter), contractId: future.id }))
    ).kpis.filter((k) => k.id === id);
    expect(row).toMatchObject({ status: "proposed", proposedByKind: "supplier", baselineValue: "35.5000", activeFrom: null });
    expect(row.versions).toHaveLength(1);
    expect(row.targets.find((t) => t.key === "2030-Q4")?.target).toBe("45");

    const own = await acceptKpi.run(supplier.as.admin, { id, version: "1" });
    expect(own).toMatchObject({
      ok: false,
      code: "ForbiddenError",
      error: "Over een voorstel van je eigen organisatie beslist de andere partij.",
    });

    const accepted = expectOk(await acceptKpi.run(buyer.as.contract_manager, { id, version: "1" }));
    // Before the start an accepted KPI counts from the contract's first quarter.
    expect(accepted).toMatchObject({ version: 2, activeFrom: "2030-Q1" });
    // Each side sees who proposed and who decided, across the two organisations.
    for (const viewer of [supplier.as.reporter, buyer.as.viewer]) {
      const [seen] = (await read(viewer, (tx) => listContractKpis(tx, { viewer: viewerOf(viewer), contractId: future.id }))).kpis.filter(
        (k) => k.id === id,
      );
      expect(seen).toMatchObject({ proposedByName: supplier.as.reporter.name, decidedByName: buyer.as.contract_manager.name });
    }
    const { events } = await readAuditLog(db, { tenantId: buyer.org.id, filters: {} });
    expect(events.filter((e) => e.entityId === id).map((e) => e.action)).toEqual(["accept", "create"]);
  });

  it("the buyer's proposal is decided by the supplier; the buyer cannot accept its own", async () => {
    const { id } = expectOk(await proposeKpi.run(buyer.as.contract_manager, kpiForm(future.id, plantProtein)));
    expect((await acceptKpi.run(buyer.as.admin, { id, version: "1" })).ok).toBe(false);
    expectOk(await acceptKpi.run(supplier.as.reporter, { id, version: "1" }));
  });

  it("rejecting needs a reason, and a decided proposal cannot be decided again", async () => {
    const { id } = expectOk(await proposeKpi.run(supplier.as.admin, kpiForm(future.id, plantProtein)));
    const empty = await rejectKpi.run(buyer.as.contract_manager, { id, version: "1", reason: "  " });
    expect(empty).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { reason: "Vul de reden van de afwijzing in." } });
    expectOk(await rejectKpi.run(buyer.as.contract_manager, { id, version: "1", reason: "Dubbel met de CO2-KPI." }));
    const again = await acceptKpi.run(buyer.as.contract_manager, { id, version: "2" });
    expect(again).toMatchObject({ ok: false, code: "ConflictError" });
    const [row] = await db.select().from(kpis).where(eq(kpis.id, id));
    expect(row).toMatchObject({ status: "rejected", rejectionReason: "Dubbel met de CO2-KPI." });
  });

  it("after the start an accepted KPI counts from the current quarter, never from quarters already under way", async () => {
    const kpi = await insertKpiRow(db, started, { proposedByKind: "supplier" });
    const accepted = expectOk(await acceptKpi.run(buyer.as.contract_manager, { id: kpi.id, version: "1" }));
    expect(accepted.activeFrom).toMatch(/^\d{4}-Q[1-4]$/);
    expect(accepted.activeFrom! > "2025-Q1").toBe(true);
  });

  it("a viewer and a coordinator can do nothing; a contract manager only on the contracts they manage", async () => {
    const form = kpiForm(future.id, plantProtein);
    for (const ctx of [buyer.as.viewer, buyer.as.coordinator, supplier.as.viewer]) {
      expect(await proposeKpi.run(ctx, form)).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    const notTheirs = await insertKpiContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId });
    const result = await proposeKpi.run(buyer.as.contract_manager, kpiForm(notTheirs.id, plantProtein));
    expect(result).toMatchObject({ ok: false, code: "ForbiddenError" });
  });
});

describe("isolation", () => {
  it("another tenant's KPI id is not found, exactly like a missing one", async () => {
    const kpi = await insertKpiRow(db, future, { proposedByKind: "supplier" });
    const stranger = await createBuyer(db);
    const theirs = await acceptKpi.run(stranger.as.admin, { id: kpi.id, version: "1" });
    const missing = await acceptKpi.run(stranger.as.admin, { id: crypto.randomUUID(), version: "1" });
    expect(theirs).toEqual(missing);
    expect(theirs).toMatchObject({ ok: false, code: "NotFoundError", error: "Deze KPI bestaat niet." });
  });

  it("a supplier of another contract finds neither the KPI (data layer) nor its row (row-level security)", async () => {
    const kpi = await insertKpiRow(db, future, { proposedByKind: "buyer" });
    const otherSupplier = await createSupplier(db);
    await insertKpiContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId, supplierOrgId: otherSupplier.org.id });
    expect(await acceptKpi.run(otherSupplier.as.admin, { id: kpi.id, version: "1" })).toMatchObject({ code: "NotFoundError" });
    const visible = await read(otherSupplier.as.admin, (tx) => tx.select().from(kpis));
    expect(visible.map((k) => k.contractId)).not.toContain(future.id);
    await expect(
      read(otherSupplier.as.admin, (tx) => listContractKpis(tx, { viewer: viewerOf(otherSupplier.as.admin), contractId: future.id })),
    ).rejects.toThrow("Dit contract bestaat niet.");
  });
});

describe("editing", () => {
  it("both sides edit before the start; changing the other side's proposal makes it a counter-proposal", async () => {
    const { id } = expectOk(await proposeKpi.run(buyer.as.contract_manager, kpiForm(future.id, plantProtein)));
    const edit = { ...kpiForm(future.id, plantProtein, { name: "Plantaardig aandeel (tegenvoorstel)" }), id, version: "1" };
    const result = expectOk(await updateKpi.run(supplier.as.reporter, edit));
    expect(result).toMatchObject({ version: 2, counterProposal: true });
    // Now the buyer decides, and the supplier may no longer accept what it itself proposed.
    expect((await acceptKpi.run(supplier.as.admin, { id, version: "2" })).ok).toBe(false);
    expectOk(await acceptKpi.run(buyer.as.contract_manager, { id, version: "2" }));
  });

  it("refuses changes to an active KPI after the start, pointing to the quarterly review", async () => {
    const kpi = await insertKpiRow(db, started, { proposedByKind: "supplier", status: "active", activeFrom: "2025-Q1" });
    const result = await updateKpi.run(buyer.as.contract_manager, { ...kpiForm(started.id, plantProtein), id: kpi.id, version: "1" });
    expect(result).toMatchObject({
      ok: false,
      code: "ForbiddenError",
      error: "Dit contract is gestart: een actieve KPI wijzigt alleen nog via het kwartaalgesprek.",
    });
  });

  it("a qualitative KPI needs the meaning of every score 1–4", async () => {
    const form = kpiForm(future.id, "", {
      kind: "qualitative",
      obligation: "inspanning",
      "scoreMeanings.1": "Geen plan",
      "scoreMeanings.2": "",
    });
    const result = await proposeKpi.run(supplier.as.reporter, form);
    expect(result).toMatchObject({
      ok: false,
      code: "ValidationError",
      fieldErrors: {
        "scoreMeanings.2": "Schrijf op wat score 2 betekent.",
        "scoreMeanings.3": "Schrijf op wat score 3 betekent.",
        "scoreMeanings.4": "Schrijf op wat score 4 betekent.",
      },
    });
    const complete = {
      ...form,
      "scoreMeanings.2": "Plan",
      "scoreMeanings.3": "Plan in uitvoering",
      "scoreMeanings.4": "Aantoonbaar resultaat",
      baselineValue: "2",
      "milestones.0.value": "3",
      "milestones.1.value": "4",
    };
    expectOk(await proposeKpi.run(supplier.as.reporter, complete));
  });

  it("a qualitative KPI's baseline and targets are whole scores 1–4, its path runs stepwise, and a change keeps to that", async () => {
    const meanings = {
      "scoreMeanings.1": "Geen plan",
      "scoreMeanings.2": "Plan",
      "scoreMeanings.3": "In uitvoering",
      "scoreMeanings.4": "Bewezen",
    };
    const form = kpiForm(future.id, "", { kind: "qualitative", obligation: "inspanning", ...meanings, baselineValue: "2,5" });
    const refused = await proposeKpi.run(buyer.as.contract_manager, { ...form, "milestones.0.value": "3", "milestones.1.value": "4,5" });
    expect(refused).toMatchObject({
      ok: false,
      code: "ValidationError",
      fieldErrors: {
        baselineValue: "De nulmeting is een hele score: kies 1, 2, 3 of 4.",
        "milestones.1.value": "Het doel is een hele score: kies 1, 2, 3 of 4.",
      },
    });
    if (refused.ok) return;
    expect(Object.keys(refused.fieldErrors ?? {})).not.toContain("milestones.0.value");

    // Chosen linear, the path still runs in whole steps: 2 until the milestone of 3, never 2,25.
    const { id } = expectOk(
      await proposeKpi.run(buyer.as.contract_manager, {
        ...form,
        baselineValue: "2",
        interpolation: "linear",
        "milestones.0.value": "3",
        "milestones.1.value": "4",
      }),
    );
    const [row] = (
      await read(buyer.as.viewer, (tx) => listContractKpis(tx, { viewer: viewerOf(buyer.as.viewer), contractId: future.id }))
    ).kpis.filter((k) => k.id === id);
    expect(row.versions[0].interpolation).toBe("step");
    const targets = row.targets.map((t) => t.target).filter((t) => t !== undefined);
    expect(new Set(targets)).toEqual(new Set(["2", "3", "4"]));

    const edit = await updateKpi.run(buyer.as.contract_manager, { ...form, baselineValue: "1,5", id, version: "1" });
    expect(edit).toMatchObject({ ok: false, fieldErrors: { baselineValue: "De nulmeting is een hele score: kies 1, 2, 3 of 4." } });
  });

  it("refuses to make a KPI qualitative while its growth path aims at amounts, not whole scores", async () => {
    const { id } = expectOk(await proposeKpi.run(buyer.as.contract_manager, kpiForm(future.id, plantProtein)));
    const meanings = { "scoreMeanings.1": "Niets", "scoreMeanings.2": "Plan", "scoreMeanings.3": "Bezig", "scoreMeanings.4": "Bewezen" };
    const edit = await updateKpi.run(buyer.as.contract_manager, {
      ...kpiForm(future.id, "", { kind: "qualitative", obligation: "inspanning", baselineValue: "2", ...meanings }),
      id,
      version: "1",
    });
    expect(edit).toMatchObject({
      ok: false,
      fieldErrors: {
        kind: "Het groeipad mikt op 45, 60: een kwalitatieve KPI heeft hele scores 1–4 als doel. Pas eerst het groeipad aan, of laat de KPI kwantitatief.",
      },
    });
    const [row] = await read(buyer.as.viewer, (tx) => tx.select().from(kpis).where(eq(kpis.id, id)));
    expect(row).toMatchObject({ kind: "quantitative", version: 1 });
  });

  it("a stale version is a conflict and nothing is overwritten", async () => {
    const { id } = expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(future.id, plantProtein)));
    expectOk(
      await updateKpi.run(supplier.as.admin, { ...kpiForm(future.id, plantProtein, { name: "Eerste wijziging" }), id, version: "1" }),
    );
    const stale = await updateKpi.run(supplier.as.reporter, { ...kpiForm(future.id, plantProtein, { name: "Tweede" }), id, version: "1" });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
    expect(await kpiVersion(db, id)).toBe(2);
  });

  it("links only themes of the contract's own Waardenwiel", async () => {
    await createOrgWheelAs(buyer.as.coordinator, 2031, "example");
    const wheelId = await deriveContractWheelAs(buyer.as.coordinator, future.id);
    const themeId = await addThemeAs(buyer.as.coordinator, wheelId, { name: "Gezonde voeding" });
    const { id } = expectOk(await proposeKpi.run(supplier.as.reporter, { ...kpiForm(future.id, plantProtein), themeIds: [themeId] }));
    const [row] = (
      await read(buyer.as.viewer, (tx) => listContractKpis(tx, { viewer: viewerOf(buyer.as.viewer), contractId: future.id }))
    ).kpis.filter((k) => k.id === id);
    expect(row.themes.map((t) => t.name)).toEqual(["Gezonde voeding"]);

    const otherWheel = await deriveContractWheelAs(buyer.as.coordinator, started.id);
    const foreign = await addThemeAs(buyer.as.coordinator, otherWheel);
    const refused = await setKpiThemes.run(supplier.as.reporter, { id, version: "1", themeIds: [foreign] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { themeIds: "Kies thema's uit het Waardenwiel van dit contract." } });
  });
});
