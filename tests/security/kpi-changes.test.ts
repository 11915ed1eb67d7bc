// Changes to agreed KPIs (lib/kpis/policy.ts): nobody changes what both parties agreed on their
// own. Before the start a change by either side is a proposal the other side accepts or rejects (a
// rejection or a withdrawal brings back the agreed version, growth path and themes included);
// once the contract runs only the quarterly review changes an agreed KPI; a closed contract's KPIs
// stay as they are. Another tenant's ids are "not found", the wrong role is refused.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contracts, kpis, type Contract } from "@/db/schema";
import { viewerOf } from "@/lib/contracts/queries";
import { acceptKpi, proposeKpi, rejectKpi, setKpiThemes, updateKpi, withdrawKpiChange } from "@/lib/kpis/actions";
import { agreedTermsOf, KPI_TERMS } from "@/lib/kpis/agreed-terms";
import { setGrowthPath } from "@/lib/kpis/growth-path-actions";
import { setMalusRule } from "@/lib/malus/rule-actions";
import { kpiChangeRoute } from "@/lib/kpis/policy";
import { getContractKpi } from "@/lib/kpis/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, type Team } from "../fixtures/factories";
import { insertKpiContract, insertKpiRow, kpiForm } from "../fixtures/kpis";
import { globalIndicatorId } from "../fixtures/targets";
import { addThemeAs, createOrgWheelAs, deriveContractWheelAs } from "../fixtures/wheels";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let buyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let supplier: Team<"admin" | "reporter" | "viewer">;
let draft: Contract;
let started: Contract;
let plantProtein: string;
let co2e: string;
let [health, climate] = ["", ""];

const AFTER_START = "Dit contract is gestart: een actieve KPI wijzigt alleen nog via het kwartaalgesprek.";
const MALUS = { type: "fixed", amount: "1.500,00" };
const PATH = [
  { quarter: "2030-Q4", value: "45" },
  { quarter: "2032-Q4", value: "60" },
];

const kpiRow = async (id: string) => (await db.select().from(kpis).where(eq(kpis.id, id)))[0];
const kpiAs = (ctx: Caller, contract: Contract, id: string) =>
  withTenant(scopeOf(ctx), (tx) => getContractKpi(tx, { viewer: viewerOf(ctx), contractId: contract.id, kpiId: id }), db).then(
    (r) => r.kpi,
  );
const termsOfRow = (row: Record<string, unknown>) => Object.fromEntries(KPI_TERMS.map((k) => [k, row[k]]));

/**
 * An agreed malus KPI the way people make one: the buyer proposes it with a baseline of 120, a
 * growth path and a theme, sets the malus, and the supplier accepts.
 */
async function agreedMalusKpi(contract: Contract = draft) {
  const form = { ...kpiForm(contract.id, plantProtein, { baselineValue: "120", baselineQuarter: "2029-Q4" }), themeIds: [health] };
  const { id } = expectOk(await proposeKpi.run(buyer.as.contract_manager, form));
  expectOk(await setMalusRule.run(buyer.as.contract_manager, { id, version: "1", ...MALUS }));
  expectOk(await acceptKpi.run(supplier.as.reporter, { id, version: "2" }));
  const row = await kpiRow(id);
  expect(row).toMatchObject({ status: "active", baselineValue: "120.0000", activeFrom: "2030-Q1", version: 3 });
  const edit = { ...form, id, version: "3" };
  return { id, edit, row };
}

/** The agreed KPI as the buyer's viewer reads it: terms, themes and growth path. */
async function agreedState(id: string) {
  const kpi = await kpiAs(buyer.as.viewer, draft, id);
  return {
    terms: termsOfRow(kpi),
    status: kpi.status,
    activeFrom: kpi.activeFrom,
    themes: kpi.themes.map((t) => t.id),
    path: kpi.versions.map((v) => v.milestones),
  };
}

beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const managerId = buyer.as.contract_manager.userId;
  draft = await insertKpiContract(db, { tenantId: buyer.org.id, managerId, supplierOrgId: supplier.org.id });
  started = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId,
    supplierOrgId: supplier.org.id,
    startDate: "2025-01-01",
    endDate: "2028-12-31",
  });
  [plantProtein, co2e] = [await globalIndicatorId(db, "plant_protein"), await globalIndicatorId(db, "co2e")];
  await createOrgWheelAs(buyer.as.coordinator, 2031, "example");
  const wheelId = await deriveContractWheelAs(buyer.as.coordinator, draft.id);
  health = await addThemeAs(buyer.as.coordinator, wheelId, { name: "Gezonde voeding" });
  climate = await addThemeAs(buyer.as.coordinator, wheelId, { name: "Klimaat" });
});

describe("a change to an agreed KPI before the start", () => {
  it("the supplier's new baseline of an agreed malus KPI is a proposal to the buyer, and a rejection brings the agreed version back", async () => {
    const { id, edit } = await agreedMalusKpi();
    const agreed = await agreedState(id);
    const change = expectOk(await updateKpi.run(supplier.as.reporter, { ...edit, baselineValue: "150" }));
    expect(change).toMatchObject({ version: 4, outcome: { route: "proposal", to: "buyer", reopened: true } });

    expect(await kpiRow(id)).toMatchObject({ status: "proposed", proposedByKind: "supplier", baselineValue: "150.0000" });
    // The supplier cannot accept its own change; the buyer decides.
    expect(await acceptKpi.run(supplier.as.admin, { id, version: "4" })).toMatchObject({ ok: false, code: "ForbiddenError" });

    expectOk(await rejectKpi.run(buyer.as.contract_manager, { id, version: "4", reason: "De nulmeting is gemeten, niet geschat." }));
    expect(await agreedState(id)).toEqual(agreed);
    expect(await kpiRow(id)).toMatchObject({
      status: "active",
      baselineValue: "120.0000",
      malusRule: { type: "fixed", amountCents: 150_000 },
      rejectionReason: "De nulmeting is gemeten, niet geschat.",
    });
  });

  it("the buyer's new malus is a proposal to the supplier, who reads the agreed version and may reject it; an accepted change is agreed again", async () => {
    const { id, edit } = await agreedMalusKpi();
    const raised = expectOk(await setMalusRule.run(buyer.as.contract_manager, { id, version: "3", type: "fixed", amount: "9.000,00" }));
    expect(raised.outcome).toMatchObject({ route: "proposal", to: "supplier", reopened: true });
    expect(await acceptKpi.run(buyer.as.admin, { id, version: "4" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    // Under row-level security the supplier finds what was agreed, so it can restore it.
    const row = await withTenant(scopeOf(supplier.as.reporter), (tx) => tx.select().from(kpis).where(eq(kpis.id, id)), db);
    const seen = agreedTermsOf(row[0]);
    expect(seen?.terms.malusRule).toMatchObject({ type: "fixed", amountCents: 150_000 });
    expectOk(await rejectKpi.run(supplier.as.reporter, { id, version: "4", reason: "Niet afgesproken." }));
    expect(await kpiRow(id)).toMatchObject({ status: "active", malusRule: { type: "fixed", amountCents: 150_000 } });

    expectOk(await updateKpi.run(buyer.as.contract_manager, { ...edit, version: "5", name: "Plantaardig aandeel" }));
    const accepted = expectOk(await acceptKpi.run(supplier.as.reporter, { id, version: "6" }));
    expect(accepted).toMatchObject({ activeFrom: "2030-Q1", change: true });
    expect(await kpiRow(id)).toMatchObject({
      status: "active",
      name: "Plantaardig aandeel",
      proposedByKind: "buyer",
      rejectionReason: null,
    });
  });

  type Side = "buyer" | "supplier";
  const CHANGES: Array<[string, Side[], (id: string, edit: Record<string, unknown>, ctx: Caller) => Promise<{ ok: boolean }>]> = [
    ["name", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, name: "Andere naam" })],
    ["description", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, description: "Anders gemeten." })],
    ["indicator", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, indicatorId: co2e })],
    ["baseline quarter", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, baselineQuarter: "2029-Q3" })],
    ["measurement", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, measurement: "Steekproef" })],
    ["evidence required", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, evidenceRequired: "Geen" })],
    ["evidence mandatory", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, evidenceMandatory: "on" })],
    ["weight", ["buyer", "supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, weight: "0,5" })],
    ["obligation (drops the malus)", ["buyer"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, obligation: "inspanning" })],
    ["malus rule", ["buyer"], (id, _edit, ctx) => setMalusRule.run(ctx, { id, version: "3", type: "none" })],
    [
      "growth path",
      ["buyer", "supplier"],
      (id, _edit, ctx) =>
        setGrowthPath.run(ctx, { id, version: "3", interpolation: "step", "milestones.0.quarter": "2032-Q4", "milestones.0.value": "50" }),
    ],
    ["themes through the KPI form", ["supplier"], (_id, edit, ctx) => updateKpi.run(ctx, { ...edit, themeIds: [climate] })],
    ["themes", ["supplier"], (id, _edit, ctx) => setKpiThemes.run(ctx, { id, version: "3", themeIds: [health, climate] })],
  ];

  it.each(CHANGES.flatMap(([field, sides, run]) => sides.map((side) => [field, side, run] as const)))(
    "%s by the %s reopens the agreed KPI as a proposal; the other side's rejection restores every term",
    async (_field, side, run) => {
      const { id, edit } = await agreedMalusKpi();
      const agreed = await agreedState(id);
      const [actor, other] =
        side === "buyer" ? [buyer.as.contract_manager, supplier.as.reporter] : [supplier.as.reporter, buyer.as.contract_manager];
      expectOk((await run(id, edit, actor)) as never);
      expect(await kpiRow(id)).toMatchObject({ status: "proposed", proposedByKind: side, version: 4 });
      expect(await agreedState(id)).not.toEqual(agreed);
      expect(await acceptKpi.run(actor, { id, version: "4" })).toMatchObject({ ok: false, code: "ForbiddenError" });
      expectOk(await rejectKpi.run(other, { id, version: "4", reason: "Liever zoals afgesproken." }));
      expect(await agreedState(id)).toEqual(agreed);
    },
  );

  it("a qualitative kind is refused at its field while the growth path aims at amounts, and the agreed KPI stays as it was", async () => {
    const { id, edit } = await agreedMalusKpi();
    const agreed = await agreedState(id);
    const scores = { "scoreMeanings.1": "a", "scoreMeanings.2": "b", "scoreMeanings.3": "c", "scoreMeanings.4": "d" };
    for (const actor of [buyer.as.contract_manager, supplier.as.reporter]) {
      const result = await updateKpi.run(actor, { ...edit, kind: "qualitative", baselineValue: "2", ...scores });
      expect(result).toMatchObject({ ok: false, code: "ValidationError" });
      expect(!result.ok && result.fieldErrors?.kind).toMatch(/Het groeipad mikt op 45, 60/);
    }
    expect(await kpiRow(id)).toMatchObject({ status: "active", kind: "quantitative", version: 3 });
    expect(await agreedState(id)).toEqual(agreed);
  });

  it("the buyer labels an agreed KPI with its own Waardenwiel's themes directly", async () => {
    const { id } = await agreedMalusKpi();
    const result = expectOk(await setKpiThemes.run(buyer.as.contract_manager, { id, version: "3", themeIds: [health, climate] }));
    expect(result.outcome).toEqual({ route: "direct" });
    expect(await kpiRow(id)).toMatchObject({ status: "active", proposedByKind: "buyer" });
  });

  it("a save that changes nothing leaves the agreed KPI agreed", async () => {
    const { id, edit } = await agreedMalusKpi();
    expect(expectOk(await updateKpi.run(supplier.as.reporter, { ...edit, baselineValue: "120,0" })).outcome).toEqual({
      route: "unchanged",
    });
    expect(expectOk(await setMalusRule.run(buyer.as.contract_manager, { id, version: "3", ...MALUS })).outcome).toEqual({
      route: "unchanged",
    });
    const samePath = {
      id,
      version: "3",
      interpolation: "linear",
      "milestones.0.quarter": PATH[0].quarter,
      "milestones.0.value": "45,0",
      "milestones.1.quarter": PATH[1].quarter,
      "milestones.1.value": "60",
    };
    expect(expectOk(await setGrowthPath.run(supplier.as.reporter, samePath)).outcome).toEqual({ route: "unchanged" });
    expect(await kpiRow(id)).toMatchObject({ status: "active", version: 3 });
  });

  it("the side that proposed a change withdraws it; the other side cannot", async () => {
    const { id, edit } = await agreedMalusKpi();
    const agreed = await agreedState(id);
    expectOk(await updateKpi.run(supplier.as.reporter, { ...edit, weight: "3" }));
    expect(await withdrawKpiChange.run(buyer.as.contract_manager, { id, version: "4" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expectOk(await withdrawKpiChange.run(supplier.as.admin, { id, version: "4" }));
    expect(await agreedState(id)).toEqual(agreed);
    // Nothing left to withdraw.
    expect(await withdrawKpiChange.run(supplier.as.admin, { id, version: "5" })).toMatchObject({ ok: false, code: "ConflictError" });
  });

  it("a counter-proposal to a change is decided by the first side; rejecting it still returns to the agreed version", async () => {
    const { id, edit } = await agreedMalusKpi();
    const agreed = await agreedState(id);
    expectOk(await updateKpi.run(supplier.as.reporter, { ...edit, baselineValue: "150" }));
    const counter = expectOk(await updateKpi.run(buyer.as.contract_manager, { ...edit, version: "4", baselineValue: "130" }));
    expect(counter).toMatchObject({
      counterProposal: true,
      outcome: { route: "proposal", to: "supplier", reopened: false, counter: true },
    });
    expectOk(await rejectKpi.run(supplier.as.reporter, { id, version: "5", reason: "Dan liever de oude nulmeting." }));
    expect(await agreedState(id)).toEqual(agreed);
  });
});

describe("a change to the other side's proposal", () => {
  it("a malus the buyer adds to the supplier's proposal is a counter-proposal: the buyer cannot then accept it", async () => {
    const { id } = expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(draft.id, plantProtein)));
    expectOk(await setMalusRule.run(buyer.as.contract_manager, { id, version: "1", ...MALUS }));
    expect(await acceptKpi.run(buyer.as.contract_manager, { id, version: "2" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    expectOk(await acceptKpi.run(supplier.as.reporter, { id, version: "2" }));
    expect(await kpiRow(id)).toMatchObject({ status: "active", proposedByKind: "buyer" });
  });

  it("a growth path the supplier lowers on the buyer's proposal is a counter-proposal: the supplier cannot then accept it", async () => {
    const { id } = expectOk(await proposeKpi.run(buyer.as.contract_manager, kpiForm(draft.id, plantProtein)));
    const lower = { id, version: "1", interpolation: "linear", "milestones.0.quarter": "2032-Q4", "milestones.0.value": "40" };
    expectOk(await setGrowthPath.run(supplier.as.reporter, lower));
    expect(await acceptKpi.run(supplier.as.reporter, { id, version: "2" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await kpiRow(id)).toMatchObject({ status: "proposed", proposedByKind: "supplier" });
  });

  it("themes the supplier picks for the buyer's proposal are a counter-proposal too", async () => {
    const { id } = expectOk(await proposeKpi.run(buyer.as.contract_manager, kpiForm(draft.id, plantProtein)));
    expectOk(await setKpiThemes.run(supplier.as.reporter, { id, version: "1", themeIds: [climate] }));
    expect(await acceptKpi.run(supplier.as.reporter, { id, version: "2" })).toMatchObject({ ok: false, code: "ForbiddenError" });
  });
});

describe("once the contract runs, and on a closed contract", () => {
  it("after the start an agreed KPI changes only through the quarterly review; the buyer's themes are still its own", async () => {
    const kpi = await insertKpiRow(db, started, {
      proposedByKind: "supplier",
      status: "active",
      activeFrom: "2025-Q1",
      baselineValue: "120",
    });
    const form = { ...kpiForm(started.id, plantProtein, { baselineValue: "150", baselineQuarter: "2024-Q4" }), id: kpi.id, version: "1" };
    const path = { id: kpi.id, version: "1", interpolation: "step", "milestones.0.quarter": "2026-Q1", "milestones.0.value": "10" };
    for (const ctx of [supplier.as.reporter, buyer.as.contract_manager, buyer.as.admin]) {
      expect(await updateKpi.run(ctx, form)).toMatchObject({ ok: false, code: "ForbiddenError", error: AFTER_START });
      expect(await setGrowthPath.run(ctx, path)).toMatchObject({ ok: false, code: "ForbiddenError", error: AFTER_START });
    }
    expect(await setMalusRule.run(buyer.as.contract_manager, { id: kpi.id, version: "1", ...MALUS })).toMatchObject({
      ok: false,
      error: AFTER_START,
    });
    expect(await kpiRow(kpi.id)).toMatchObject({ status: "active", baselineValue: "120.0000", version: 1 });
  });

  it.each(["completed", "terminated"] as const)("on a %s contract nothing about its KPIs changes any more", async (status) => {
    const closed = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    await db.update(contracts).set({ status }).where(eq(contracts.id, closed.id));
    const message = `Dit contract is ${status === "completed" ? "afgerond" : "beëindigd"}: de KPI's liggen vast.`;
    const agreed = await insertKpiRow(db, closed, { proposedByKind: "buyer", status: "active", activeFrom: "2030-Q1" });
    const proposal = await insertKpiRow(db, closed, { proposedByKind: "supplier" });
    const form = { ...kpiForm(closed.id, plantProtein), id: agreed.id, version: "1" };
    expect(await updateKpi.run(supplier.as.reporter, form)).toMatchObject({ ok: false, code: "ForbiddenError", error: message });
    expect(await updateKpi.run(buyer.as.contract_manager, { ...form, id: proposal.id })).toMatchObject({ ok: false, error: message });
    expect(await setMalusRule.run(buyer.as.contract_manager, { id: agreed.id, version: "1", ...MALUS })).toMatchObject({
      ok: false,
      error: message,
    });
    expect(await acceptKpi.run(buyer.as.contract_manager, { id: proposal.id, version: "1" })).toMatchObject({ ok: false, error: message });
    expect(await proposeKpi.run(supplier.as.reporter, kpiForm(closed.id, plantProtein))).toMatchObject({ ok: false, error: message });
  });
});

describe("isolation and roles", () => {
  it("another tenant's ids are not found; roles without the right, or another contract's manager, are refused; nothing changes", async () => {
    const { id, edit } = await agreedMalusKpi();
    expectOk(await updateKpi.run(supplier.as.reporter, { ...edit, baselineValue: "150" }));
    const strangerBuyer = await createBuyer(db);
    const strangerSupplier = await createSupplier(db);
    await insertKpiContract(db, {
      tenantId: strangerBuyer.org.id,
      managerId: strangerBuyer.as.admin.userId,
      supplierOrgId: strangerSupplier.org.id,
    });
    const decision = { id, version: "4", reason: "x" };
    for (const ctx of [
      strangerBuyer.as.admin,
      strangerBuyer.as.contract_manager,
      strangerSupplier.as.admin,
      strangerSupplier.as.reporter,
    ]) {
      expect(await rejectKpi.run(ctx, decision)).toMatchObject({ ok: false, code: "NotFoundError", error: "Deze KPI bestaat niet." });
      expect(await acceptKpi.run(ctx, decision)).toMatchObject({ ok: false, code: "NotFoundError" });
      expect(await withdrawKpiChange.run(ctx, decision)).toMatchObject({ ok: false, code: "NotFoundError" });
      expect(await updateKpi.run(ctx, { ...edit, version: "4", baselineValue: "1" })).toMatchObject({ ok: false, code: "NotFoundError" });
    }
    for (const ctx of [buyer.as.viewer, buyer.as.coordinator, supplier.as.viewer]) {
      expect(await rejectKpi.run(ctx, decision)).toMatchObject({ ok: false, code: "ForbiddenError" });
      expect(await withdrawKpiChange.run(ctx, decision)).toMatchObject({ ok: false, code: "ForbiddenError" });
      expect(await updateKpi.run(ctx, { ...edit, version: "4", baselineValue: "1" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    // A supplier never touches a malus rule, not even on a reopened KPI.
    expect(await setMalusRule.run(supplier.as.admin, { id, version: "4", type: "none" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    // A contract manager decides only on the contracts they manage.
    const notTheirs = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.admin.userId,
      supplierOrgId: supplier.org.id,
    });
    const other = await insertKpiRow(db, notTheirs, { proposedByKind: "supplier", status: "proposed" });
    expect(await acceptKpi.run(buyer.as.contract_manager, { id: other.id, version: "1" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect(await kpiRow(id)).toMatchObject({ status: "proposed", baselineValue: "150.0000", version: 4 });
    expect(await kpiRow(other.id)).toMatchObject({ status: "proposed", version: 1 });
  });
});

describe("the policy itself", () => {
  const open = { startDate: "2030-01-01", status: "draft" };
  const agreed = { status: "active" as const, proposedByKind: "buyer" as const, activeFrom: "2030-Q1" };
  it("routes each change by side, KPI status, start and contract status", () => {
    expect(kpiChangeRoute("supplier", agreed, open, "terms", "2029-06-01")).toEqual({ route: "proposal", to: "buyer", reopens: true });
    expect(kpiChangeRoute("buyer", agreed, { ...open, status: "active" }, "growth_path", "2029-06-01")).toEqual({
      route: "proposal",
      to: "supplier",
      reopens: true,
    });
    expect(kpiChangeRoute("buyer", agreed, open, "themes", "2031-06-01")).toEqual({ route: "direct" });
    expect(kpiChangeRoute("supplier", agreed, open, "themes", "2031-06-01")).toEqual({ route: "refused", message: AFTER_START });
    expect(kpiChangeRoute("supplier", { ...agreed, status: "proposed", activeFrom: null }, open, "malus", "2029-06-01").route).toBe(
      "refused",
    );
    expect(
      kpiChangeRoute("buyer", { ...agreed, status: "proposed", proposedByKind: "supplier", activeFrom: null }, open, "malus", "2029-06-01"),
    ).toEqual({
      route: "proposal",
      to: "supplier",
      reopens: false,
    });
    expect(kpiChangeRoute("buyer", agreed, { ...open, status: "terminated" }, "themes", "2029-06-01").route).toBe("refused");
  });
});
