// Notifications written at the events people otherwise miss, only to people of the contract's two
// parties; a rolled-back change writes none; each recipient sees and marks only their own.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notifications, type Contract } from "@/db/schema";
import { acceptKpi, proposeKpi, rejectKpi, updateKpi } from "@/lib/kpis/actions";
import { markAllNotificationsRead, openNotification } from "@/lib/notifications/actions";
import { notifyOtherSide } from "@/lib/notifications/create";
import { listNotifications, unreadNotificationCount } from "@/lib/notifications/queries";
import { createRoadmapItem } from "@/lib/roadmap/actions";
import { actionItemDecision } from "@/lib/reviews/decision-actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { scopeOf, withTenant } from "@/lib/tenancy";
import type { Caller } from "@/lib/http/steps";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { insertKpiContract, kpiForm } from "../fixtures/kpis";
import { insertResultKpi, insertReviewRow, insertScoreRow } from "../fixtures/reviews";
import { globalIndicatorId } from "../fixtures/targets";

const { db } = await openTestDatabase();

let buyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let otherBuyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let supplier: Team<"admin" | "reporter" | "viewer">;
let contract: Contract;
/** A contract not yet started, where KPIs are proposed and decided. */
let planned: Contract;
let indicator: string;

const mine = (who: Caller) =>
  withTenant(scopeOf(who), (tx) => listNotifications(tx, { userId: who.userId, orgId: who.org.id, orgKind: who.org.kind }), db);
const unread = (who: Caller) =>
  withTenant(scopeOf(who), (tx) => unreadNotificationCount(tx, { userId: who.userId, orgId: who.org.id, orgKind: who.org.kind }), db);
const titlesOf = async (who: Caller, kind?: string) => (await mine(who)).filter((n) => !kind || n.kind === kind).map((n) => n.title);

beforeAll(async () => {
  [buyer, otherBuyer, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  // Another buyer's contract with the same supplier: its people must never hear of this one.
  await insertContract(db, {
    tenantId: otherBuyer.org.id,
    managerId: otherBuyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  planned = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  indicator = await globalIndicatorId(db, "plant_protein");
});

describe("KPI proposals", () => {
  it("a supplier's proposal reaches the contract manager; the decision reaches the supplier's admins and reporters", async () => {
    const name = "Plantaardig aandeel eiwit";
    const { id } = expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(planned.id, indicator, { name })));
    expect(await titlesOf(buyer.as.contract_manager, "kpi_proposed")).toEqual([`KPI voorgesteld: ${name}`]);
    // Nobody else hears of it: not the proposer, not the buyer's viewer, not another buyer.
    for (const who of [supplier.as.reporter, supplier.as.admin, buyer.as.viewer, otherBuyer.as.contract_manager])
      expect(await titlesOf(who, "kpi_proposed")).toEqual([]);
    const [n] = await mine(buyer.as.contract_manager);
    expect(n.link).toBe(`/${buyer.org.slug}/contracten/${planned.id}/kpis/${id}`);

    expectOk(await acceptKpi.run(buyer.as.contract_manager, { id, version: "1" }));
    for (const who of [supplier.as.reporter, supplier.as.admin])
      expect(await titlesOf(who, "kpi_accepted")).toEqual([`KPI geaccepteerd: ${name}`]);
    expect(await titlesOf(supplier.as.viewer)).toEqual([]);
    expect(await titlesOf(buyer.as.contract_manager, "kpi_accepted")).toEqual([]);

    // Changing what was agreed reopens it as a proposal: the other side hears of it too.
    expectOk(
      await updateKpi.run(supplier.as.reporter, { ...kpiForm(planned.id, indicator, { name }), id, version: "2", baselineValue: "150" }),
    );
    expect(await titlesOf(buyer.as.contract_manager, "kpi_proposed")).toEqual([
      `Wijziging voorgesteld: ${name}`,
      `KPI voorgesteld: ${name}`,
    ]);
    expect(await titlesOf(supplier.as.admin, "kpi_proposed")).toEqual([]);
  });

  it("a rejection reaches the side that proposed", async () => {
    const { id } = expectOk(
      await proposeKpi.run(buyer.as.contract_manager, kpiForm(planned.id, indicator, { name: "Afval per maaltijd" })),
    );
    expect(await titlesOf(supplier.as.admin, "kpi_proposed")).toContain("KPI voorgesteld: Afval per maaltijd");
    expectOk(await rejectKpi.run(supplier.as.admin, { id, version: "1", reason: "Niet meetbaar in ons systeem." }));
    expect(await titlesOf(buyer.as.contract_manager, "kpi_rejected")).toEqual(["KPI afgewezen: Afval per maaltijd"]);
  });

  it("a change that is rolled back leaves no notification", async () => {
    const before = await unread(buyer.as.contract_manager);
    await expect(
      withTenant(
        scopeOf(supplier.as.reporter),
        async (tx) => {
          await notifyOtherSide(tx, supplier.as.reporter, contract, {
            kind: "kpi_proposed",
            subjectId: contract.id,
            title: "Teruggedraaid",
            path: `contracten/${contract.id}`,
            dedupe: "rolled-back",
          });
          throw new Error("de wijziging mislukt");
        },
        db,
      ),
    ).rejects.toThrow("de wijziging mislukt");
    expect(await unread(buyer.as.contract_manager)).toBe(before);
  });
});

describe("reading and marking", () => {
  it("opening marks one read; mark all read marks the rest; the count follows", async () => {
    const cm = buyer.as.contract_manager;
    for (const name of ["Eerste", "Tweede"]) expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(planned.id, indicator, { name })));
    const count = await unread(cm);
    expect(count).toBeGreaterThanOrEqual(2);
    const [newest] = await mine(cm);
    expect(expectOk(await openNotification.run(cm, { tenantId: newest.tenantId, id: newest.id })).link).toBe(newest.link);
    expect(await unread(cm)).toBe(count - 1);
    expect((await mine(cm)).find((n) => n.id === newest.id)?.readAt).not.toBeNull();
    expect(expectOk(await markAllNotificationsRead.run(cm, {})).marked).toBe(count - 1);
    expect(await unread(cm)).toBe(0);
  });

  it("another person's notification is not found: not by a colleague, not by another tenant, not through the table", async () => {
    const [n] = await mine(buyer.as.contract_manager);
    for (const who of [buyer.as.admin, otherBuyer.as.contract_manager, supplier.as.admin]) {
      expect(await openNotification.run(who, { tenantId: n.tenantId, id: n.id })).toMatchObject({ ok: false, code: "NotFoundError" });
      const seen = await withTenant(
        scopeOf(who),
        (tx) =>
          tx
            .select()
            .from(notifications)
            .where(and(eq(notifications.tenantId, n.tenantId), eq(notifications.id, n.id))),
        db,
      );
      expect(seen).toEqual([]);
    }
  });
});

describe("reviews and actions", () => {
  it("the first signature asks the other side for theirs; the second makes it final for both and tells owners their action items", async () => {
    const review = await runningReview();
    const cm = buyer.as.contract_manager;
    let v = review.version;
    v = expectOk(
      await actionItemDecision.run(cm, {
        reviewId: review.id,
        version: String(v),
        title: "Menukaart herzien",
        ownerSide: "supplier",
        ownerName: supplier.as.reporter.name,
        dueDate: "2027-03-31",
      }),
    ).version;
    v = expectOk(await signReview.run(supplier.as.admin, { reviewId: review.id, version: String(v) })).version;
    expect(await titlesOf(cm, "review_signature_needed")).toEqual(["Jouw handtekening is nodig onder de kwartaalreview 3e kwartaal 2026"]);
    expect(await titlesOf(supplier.as.reporter, "review_signature_needed")).toEqual([]);

    expect(expectOk(await signReview.run(cm, { reviewId: review.id, version: String(v) })).status).toBe("final");
    for (const who of [cm, supplier.as.admin, supplier.as.reporter])
      expect(await titlesOf(who, "review_final")).toEqual(["De kwartaalreview 3e kwartaal 2026 is definitief"]);
    // The owner is named: only that person hears of the action item.
    expect(await titlesOf(supplier.as.reporter, "action_item_assigned")).toEqual(["Actiepunt voor jou: Menukaart herzien"]);
    expect(await titlesOf(supplier.as.admin, "action_item_assigned")).toEqual([]);
  });

  it("a roadmap action with an owner on the other side reaches that side", async () => {
    expectOk(
      await createRoadmapItem.run(buyer.as.contract_manager, {
        contractId: contract.id,
        title: "Elektrische bestelbus inzetten",
        strategy: "ombouw",
        owner: "iemand van de leverancier",
        ownerSide: "supplier",
        dueDate: "2027-06-30",
      }),
    );
    for (const who of [supplier.as.admin, supplier.as.reporter])
      expect(await titlesOf(who, "action_item_assigned")).toContain("Roadmap-actie voor jou: Elektrische bestelbus inzetten");
  });
});

/** A draft review of 2026-Q3 with one KPI scored as agreed, ready to sign. */
async function runningReview() {
  const kpi = await insertResultKpi(db, contract, null, { name: "CO2 per maaltijd" });
  const review = await insertReviewRow(db, contract, "2026-Q3");
  await insertScoreRow(db, review, kpi.id);
  const { version } = expectOk(
    await scoreKpi.run(buyer.as.contract_manager, {
      reviewId: review.id,
      version: String(review.version),
      kpiId: kpi.id,
      score: "on_track",
    }),
  );
  return { ...review, version };
}
