// Dates that could break a whole organisation: every date a person enters lies between 1 January
// 2000 and 31 December 2100 (base and target years between 1990 and 2100), refused with a Dutch
// message at the field; quarter arithmetic is right for any year (Date.UTC reads 0–99 as
// 1900–1999); and a contract stored before the database checked the range (0001-01-01 to
// 9999-12-31) breaks no page of its organisation and costs no more than a 2000–2100 contract.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { contracts, organisationTargets, wheelGoals } from "@/db/schema";
import { contractOverview } from "@/lib/contracts/overview";
import { createContract, updateContract } from "@/lib/contracts/actions";
import { listContracts, viewerOf } from "@/lib/contracts/queries";
import { organisationDashboard } from "@/lib/dashboard/service";
import { SaveMaturityAssessment } from "@/lib/guidance/assessment/schemas";
import { proposeKpi } from "@/lib/kpis/actions";
import { listContractKpis } from "@/lib/kpis/queries";
import {
  addDays,
  contractQuarters,
  daysBetween,
  quarterEndDate,
  quarterKey,
  quarterOf,
  quarterStartDate,
  reportDueDate,
} from "@/lib/periods";
import { reportOverview } from "@/lib/reports/queries";
import { ActionItemDecision, PlanReview } from "@/lib/reviews/schemas";
import { createRoadmapItem } from "@/lib/roadmap/actions";
import { readSupplierDashboard } from "@/lib/supplier-dashboard/service";
import { createTarget } from "@/lib/targets/actions";
import { listTargets } from "@/lib/targets/queries";
import { addGoal } from "@/lib/waardenwiel/goal-actions";
import { createWheel } from "@/lib/waardenwiel/actions";
import { openTestDatabase } from "../fixtures/db";
import { contractForm, createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { roadmapForm } from "../fixtures/kpi-library";
import { insertKpiContract, kpiForm } from "../fixtures/kpis";
import { insertActiveKpi } from "../fixtures/reports";
import { globalIndicatorId, targetForm } from "../fixtures/targets";
import { addThemeAs, createOrgWheelAs, quantitativeGoalForm, wheelVersion } from "../fixtures/wheels";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import type { Caller } from "@/lib/http/steps";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

const DATE_MESSAGE = (label: string) => `Kies een ${label} tussen 1 januari 2000 en 31 december 2100.`;
const OUT_OF_RANGE_DATES = ["0001-01-01", "0099-12-31", "1999-12-31", "2101-01-01", "9999-12-31"];

let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
});

const contractCount = async (tenantId: string) =>
  (await db.select({ id: contracts.id }).from(contracts).where(eq(contracts.tenantId, tenantId))).length;

describe("quarter arithmetic for any year", () => {
  it("reads the years 0 to 99 as themselves, not as 1900 to 1999", () => {
    expect(quarterOf("0001-01-01")).toEqual({ year: 1, quarter: 1 });
    expect(quarterOf("0099-08-15")).toEqual({ year: 99, quarter: 3 });
    expect(daysBetween("0001-01-01", "0001-12-31")).toBe(364);
    // 1900 was no leap year; the year 4 was one.
    expect(daysBetween("0004-02-28", "0004-03-01")).toBe(2);
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(quarterStartDate({ year: 50, quarter: 2 })).toBe("0050-04-01");
    expect(quarterEndDate({ year: 50, quarter: 1 })).toBe("0050-03-31");
    expect(quarterKey({ year: 7, quarter: 4 })).toBe("0007-Q4");
  });

  it("writes a due date after 9999 so that it reads back", () => {
    const due = reportDueDate({ year: 9999, quarter: 4 }, 30);
    expect(due).toBe("10000-01-30");
    expect(daysBetween("9999-12-31", due)).toBe(30);
  });

  it("holds an out-of-range contract to the quarters of 2000 to 2100", () => {
    const quarters = contractQuarters("0001-01-01", "9999-12-31");
    expect(quarters).toHaveLength(404);
    expect(quarters[0]).toMatchObject({ key: "2000-Q1", startDate: "2000-01-01" });
    expect(quarters.at(-1)).toMatchObject({ key: "2100-Q4", endDate: "2100-12-31" });
    expect(contractQuarters("2026-02-15", "2026-12-31")[0]).toMatchObject({ key: "2026-Q1", coveredDays: 45, partial: true });
  });
});

describe("dates people enter", () => {
  it("refuses a contract outside 2000–2100 at the date field, and stores nothing", async () => {
    const before = await contractCount(buyer.org.id);
    for (const date of OUT_OF_RANGE_DATES) {
      const start = await createContract.run(buyer.as.admin, contractForm({ startDate: date, endDate: "2029-12-31" }));
      expect(start).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { startDate: DATE_MESSAGE("startdatum") } });
      const end = await createContract.run(buyer.as.admin, contractForm({ startDate: "2026-01-01", endDate: date }));
      expect(end).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { endDate: DATE_MESSAGE("einddatum") } });
    }
    expect(await contractCount(buyer.org.id)).toBe(before);
    expectOk(await createContract.run(buyer.as.admin, contractForm({ startDate: "2000-01-01", endDate: "2100-12-31" })));
  });

  it("refuses the same dates when a contract is changed", async () => {
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId });
    const result = await updateContract.run(buyer.as.admin, { ...contractForm({ endDate: "9999-12-31" }), id: contract.id, version: "1" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { endDate: DATE_MESSAGE("einddatum") } });
    const [row] = await db
      .select()
      .from(contracts)
      .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
    expect(row.endDate).toBe(contract.endDate);
  });

  it("refuses roadmap, review and action dates and assessment dates outside 2000–2100", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const roadmap = await createRoadmapItem.run(buyer.as.contract_manager, roadmapForm(contract.id, { dueDate: "0001-01-01" }));
    expect(roadmap).toMatchObject({ ok: false, fieldErrors: { dueDate: DATE_MESSAGE("streefdatum") } });

    const reviewRef = { reviewId: crypto.randomUUID(), version: "1" };
    const action = ActionItemDecision.safeParse({
      ...reviewRef,
      title: "Bewijs",
      ownerSide: "supplier",
      ownerName: "Mehmet",
      dueDate: "9999-12-31",
    });
    expect(action.success).toBe(false);
    expect(!action.success && action.error.issues[0]).toMatchObject({ path: ["dueDate"], message: DATE_MESSAGE("uiterste datum") });
    const plan = PlanReview.safeParse({ contractId: contract.id, quarter: "2026-Q1", meetingDate: "0001-01-01", meetingTime: "10:00" });
    expect(!plan.success && plan.error.issues.map((i) => [i.path, i.message])).toEqual([
      [["meetingDate"], DATE_MESSAGE("datum van het gesprek")],
    ]);
    const assessment = SaveMaturityAssessment.safeParse({ title: "Nulmeting", assessedOn: "1999-12-31", item: [] });
    expect(!assessment.success && assessment.error.issues.find((i) => i.path[0] === "assessedOn")?.message).toBe(
      DATE_MESSAGE("datum van de inschatting"),
    );
    // A valid date still parses.
    expect(
      ActionItemDecision.safeParse({ ...reviewRef, title: "Bewijs", ownerSide: "supplier", ownerName: "Mehmet", dueDate: "2100-12-31" })
        .success,
    ).toBe(true);
  });

  it("refuses milestones and baselines in a quarter outside 2000–2100", async () => {
    const contract = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const indicator = await globalIndicatorId(db, "plant_protein");
    const result = await proposeKpi.run(
      buyer.as.contract_manager,
      kpiForm(contract.id, indicator, { baselineQuarter: "0001-Q4", "milestones.1.quarter": "9999-Q4" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        baselineQuarter: "Kies een kwartaal tussen 2000 K1 en 2100 K4.",
        "milestones.1.quarter": "Kies een kwartaal tussen 2000 K1 en 2100 K4.",
      },
    });
  });

  it("accepts base years from 1990 for targets and goals, and refuses years outside 1990–2100", async () => {
    const indicator = await globalIndicatorId(db, "co2e");
    const early = await createTarget.run(buyer.as.coordinator, targetForm(indicator, { baseYear: "1990" }));
    expect(early.ok).toBe(true);
    for (const [field, value] of [
      ["baseYear", "1989"],
      ["milestones.1.year", "2101"],
      ["baseYear", "0001"],
    ] as const) {
      const result = await createTarget.run(buyer.as.coordinator, targetForm(indicator, { [field]: value }));
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { [field]: expect.stringMatching(/^Kies een jaar tussen 1990 en 2100\.$|^Kies een jaar na het basisjaar/) },
      });
      if (field === "baseYear") expect(!result.ok && result.fieldErrors?.baseYear).toBe("Kies een jaar tussen 1990 en 2100.");
    }

    const wheelId = await createOrgWheelAs(buyer.as.coordinator, 2040);
    const themeId = await addThemeAs(buyer.as.coordinator, wheelId);
    const plant = await globalIndicatorId(db, "plant_protein");
    const goal = async (overrides: Record<string, unknown>) =>
      addGoal.run(buyer.as.coordinator, {
        ...quantitativeGoalForm(plant, overrides),
        wheelId,
        version: String(await wheelVersion(db, wheelId)),
        themeId,
      });
    expect((await goal({ baseYear: "1995" })).ok).toBe(true);
    expect(await goal({ baseYear: "1989" })).toMatchObject({ ok: false, fieldErrors: { baseYear: "Kies een jaar tussen 1990 en 2100." } });
    expect(await goal({ targetYear: "2101" })).toMatchObject({
      ok: false,
      fieldErrors: { targetYear: "Kies een jaar tussen 1990 en 2100." },
    });
    expect(await createWheel.run(buyer.as.coordinator, { year: "1999", template: "empty" })).toMatchObject({
      ok: false,
      fieldErrors: { year: "Kies een jaar tussen 2000 en 2100." },
    });
  });
});

/** Writes a row past the range checks, as a row stored before they existed (the test connection owns the tables). */
async function beforeTheCheck(table: string, constraint: string, definition: string, write: (tx: Db) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`alter table ${table} drop constraint ${constraint}`));
    await write(tx);
    await tx.execute(sql.raw(`alter table ${table} add constraint ${constraint} check (${definition}) not valid`));
  });
}

describe("a contract stored before the range was checked", () => {
  let team: Team<BuyerRole>;
  let partner: Team<SupplierRole>;
  let ordinaryId: string;
  let oldId: string;
  let wideId: string;
  const TODAY = "2026-11-22";

  beforeAll(async () => {
    [team, partner] = [await createBuyer(db), await createSupplier(db)];
    const ordinary = await insertContract(db, {
      tenantId: team.org.id,
      managerId: team.as.contract_manager.userId,
      supplierOrgId: partner.org.id,
    });
    ordinaryId = ordinary.id;
    await insertActiveKpi(db, ordinary);
    const wide = await insertContract(db, {
      tenantId: team.org.id,
      managerId: team.as.contract_manager.userId,
      supplierOrgId: partner.org.id,
    });
    await db
      .update(contracts)
      .set({ startDate: "2000-01-01", endDate: "2100-12-31" })
      .where(and(eq(contracts.tenantId, wide.tenantId), eq(contracts.id, wide.id)));
    wideId = wide.id;
    await insertActiveKpi(db, wide);
    const old = await insertContract(db, {
      tenantId: team.org.id,
      managerId: team.as.contract_manager.userId,
      supplierOrgId: partner.org.id,
    });
    oldId = old.id;
    await insertActiveKpi(db, old);
    await beforeTheCheck(
      "contracts",
      "contracts_dates_in_range",
      `"contracts"."start_date" >= '2000-01-01' and "contracts"."end_date" <= '2100-12-31'`,
      (tx) =>
        tx
          .update(contracts)
          .set({ startDate: "0001-01-01", endDate: "9999-12-31" })
          .where(and(eq(contracts.tenantId, old.tenantId), eq(contracts.id, old.id))),
    );
    const indicator = await globalIndicatorId(db, "co2e");
    await beforeTheCheck(
      "organisation_targets",
      "organisation_targets_base_year_in_range",
      `"organisation_targets"."base_year" between 1990 and 2100`,
      (tx) =>
        tx.insert(organisationTargets).values({
          tenantId: team.org.id,
          name: "Oude doelstelling",
          indicatorId: indicator,
          baseYear: 1,
          baseValue: "100",
          milestones: [{ year: 9999, mode: "change_percent", value: -50 }],
        }),
    );
    const wheelId = await createOrgWheelAs(team.as.coordinator, 2026);
    const themeId = await addThemeAs(team.as.coordinator, wheelId);
    await beforeTheCheck(
      "wheel_goals",
      "wheel_goals_years_in_range",
      `("wheel_goals"."base_year" is null or "wheel_goals"."base_year" between 1990 and 2100) and ("wheel_goals"."target_year" is null or "wheel_goals"."target_year" between 1990 and 2100)`,
      (tx) =>
        tx.insert(wheelGoals).values({
          tenantId: team.org.id,
          themeId,
          kind: "quantitative",
          description: "Oud doel",
          indicatorId: indicator,
          baseYear: 1,
          baseValue: "10",
          targetYear: 9999,
          targetValue: "5",
        }),
    );
  });

  const read = <T>(ctx: Caller, work: (tx: Db) => Promise<T>) => withTenant(ctx, work, ctx.db);

  it("is really stored: the database keeps it, as a row from before the check would be", async () => {
    const [row] = await db.select().from(contracts).where(eq(contracts.id, oldId));
    expect(row).toMatchObject({ startDate: "0001-01-01", endDate: "9999-12-31" });
  });

  it("leaves the contract list, the overview and the reports overview working for everyone of both parties", async () => {
    for (const ctx of [team.as.admin, team.as.viewer, partner.as.reporter]) {
      const list = await read(ctx, (tx) => listContracts(tx, { viewer: viewerOf(ctx) }));
      expect(list.map((c) => c.id)).toEqual(expect.arrayContaining([ordinaryId, oldId]));
      const figures = await read(ctx, (tx) => contractOverview(tx, { viewer: viewerOf(ctx), managerId: null, mineShown: 10 }));
      expect(figures.active).toBe(list.filter((c) => c.status === "active").length);
      const overview = await read(ctx, (tx) => reportOverview(tx, { viewer: viewerOf(ctx), today: TODAY }));
      const ordinary = overview.find((c) => c.contract.id === ordinaryId)!;
      expect(ordinary.quarters.map((q) => q.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
      const old = overview.find((c) => c.contract.id === oldId)!;
      expect(old.quarters[0].key).toBe("2000-Q1");
      expect(old.quarters.at(-1)!.key).toBe("2026-Q4");
    }
  });

  it("leaves the buyer's dashboard and the supplier's overview working, within bounds", async () => {
    const started = performance.now();
    const dashboard = await read(team.as.coordinator, (tx) =>
      organisationDashboard(tx, team.as.coordinator, { search: new URLSearchParams("van=2026-Q1&tot=2026-Q4"), today: TODAY }),
    );
    expect(dashboard.filters).toMatchObject({ from: "2026-Q1", to: "2026-Q4" });
    expect(JSON.stringify(dashboard).length).toBeLessThan(200_000);
    // The old target is drawn over 1990–2100 at most, not over ten thousand years.
    const oldTarget = dashboard.targets.find((t) => t.name === "Oude doelstelling")!;
    expect(oldTarget.years.length).toBeLessThanOrEqual(111);
    const supplierView = await read(partner.as.admin, (tx) => readSupplierDashboard(tx, { org: partner.org, today: TODAY }));
    expect(JSON.stringify(supplierView)).toContain(oldId);
    const targets = await read(team.as.coordinator, (tx) => listTargets(tx, { tenantId: team.org.id }));
    expect(targets.some((t) => t.name === "Oude doelstelling")).toBe(true);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("costs the KPI page no more than a contract of 2000 to 2100", async () => {
    const sizes: number[] = [];
    for (const id of [oldId, wideId]) {
      const list = await read(team.as.contract_manager, (tx) =>
        listContractKpis(tx, { viewer: viewerOf(team.as.contract_manager), contractId: id }),
      );
      expect(list.kpis).toHaveLength(1);
      sizes.push(JSON.stringify(list).length);
    }
    expect(sizes[0]).toBeLessThanOrEqual(sizes[1] + 100);
    expect(sizes[1]).toBeLessThan(200_000);
  });
});
