// "Te doen" per role from known data: each item appears when the thing waits for that person and
// leaves the list when it is done; another organisation's things and other managers' contracts
// never appear.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  actionItems,
  checklistAnswers,
  checklistRounds,
  contracts,
  kpis,
  organisationTargets,
  reports,
  reviewScores,
  reviews,
  roadmapItems,
  type Contract,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import type { WorkItem } from "@/lib/worklist/items";
import { worklist } from "@/lib/worklist/queries";
import { worklistRoute } from "@/lib/worklist/routes";
import { openTestDatabase } from "../fixtures/db";
import { createStrangers, type Team } from "../fixtures/factories";
import { insertKpiContract, insertKpiRow } from "../fixtures/kpis";
import { globalIndicatorId } from "../fixtures/targets";
import { insertReviewRow, insertScoreRow } from "../fixtures/reviews";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";

const { db } = await openTestDatabase();
const TODAY = "2026-12-05";
let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherBuyer: Team<BuyerRole>;
let managed: Contract;
let notManaged: Contract;

const NOW = new Date("2026-12-05T09:00:00Z");
const listOf = (actor: Actor) => withTenant(actor, (tx) => worklist(tx, { actor, today: TODAY, now: NOW }), db);
const keysOf = async (actor: Actor) => (await listOf(actor)).map((i) => i.key);

beforeAll(async () => {
  ({ buyer, supplier, otherBuyer } = await createStrangers(db));
  // Started in 2026: Q1–Q3 have ended by 5 December, Q3's report was due on 31 October.
  const period = { startDate: "2026-01-01", endDate: "2027-12-31" };
  managed = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
    ...period,
  });
  notManaged = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.admin.userId,
    supplierOrgId: supplier.org.id,
    ...period,
  });
});

describe("reports", () => {
  it("are due for the supplier while unsent (late ones urgent), then for the contract manager to assess, then for nobody", async () => {
    const supplierItems = await listOf(supplier.as.reporter);
    const q3 = supplierItems.find((i) => i.key === `report:${managed.id}:2026-Q3`);
    expect(q3).toMatchObject({
      kind: "report",
      title: "Rapportage 2026 K3 invullen (te laat)",
      urgent: true,
      href: `/${supplier.org.slug}/contracten/${managed.id}/rapportages/2026-Q3`,
    });
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`assess:${managed.id}:2026-Q3`);

    const [report] = await db
      .insert(reports)
      .values({
        tenantId: buyer.org.id,
        contractId: managed.id,
        quarter: "2026-Q3",
        status: "submitted",
        dueDate: "2026-10-31",
        submittedAt: new Date(),
      })
      .returning();
    expect(await keysOf(supplier.as.reporter)).not.toContain(`report:${managed.id}:2026-Q3`);
    expect(await listOf(buyer.as.contract_manager)).toContainEqual(
      expect.objectContaining({ key: `assess:${managed.id}:2026-Q3`, title: "Rapportage 2026 K3 beoordelen" }),
    );

    await db.update(reports).set({ status: "clarification_requested" }).where(eq(reports.id, report.id));
    expect(await listOf(supplier.as.reporter)).toContainEqual(
      expect.objectContaining({
        key: `report:${managed.id}:2026-Q3`,
        title: "Vraag over de rapportage 2026 K3 beantwoorden",
        urgent: true,
      }),
    );
    await db.update(reports).set({ status: "accepted" }).where(eq(reports.id, report.id));
    expect(await keysOf(supplier.as.reporter)).not.toContain(`report:${managed.id}:2026-Q3`);
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`assess:${managed.id}:2026-Q3`);
  });
});

describe("KPI proposals", () => {
  it("wait for the other side only, and leave when decided", async () => {
    const fromSupplier = await insertKpiRow(db, managed, { proposedByKind: "supplier", name: "Elektrische busjes" });
    const fromBuyer = await insertKpiRow(db, managed, { proposedByKind: "buyer", name: "Lokale inkoop" });
    const cm = await keysOf(buyer.as.contract_manager);
    expect(cm).toContain(`kpi:${fromSupplier.id}`);
    expect(cm).not.toContain(`kpi:${fromBuyer.id}`);
    const sup = await keysOf(supplier.as.admin);
    expect(sup).toContain(`kpi:${fromBuyer.id}`);
    expect(sup).not.toContain(`kpi:${fromSupplier.id}`);

    await db.update(kpis).set({ status: "active" }).where(eq(kpis.id, fromSupplier.id));
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`kpi:${fromSupplier.id}`);
  });
});

describe("signatures and action items", () => {
  it("ask the side whose signature is missing once the other side signed", async () => {
    const review = await insertReviewRow(db, managed, "2026-Q2", { supplierSignedAt: new Date(), supplierSignerName: "Eva" });
    expect(await listOf(buyer.as.contract_manager)).toContainEqual(
      expect.objectContaining({ key: `sign:${review.id}`, title: "Kwartaalreview 2026 K2 ondertekenen" }),
    );
    expect(await keysOf(supplier.as.admin)).not.toContain(`sign:${review.id}`);
    await db.update(reviews).set({ buyerSignedAt: new Date(), status: "final", finalizedAt: new Date() }).where(eq(reviews.id, review.id));
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`sign:${review.id}`);
  });

  it("go to the side that owns them, urgent once past their date, and leave when closed", async () => {
    const review = await insertReviewRow(db, managed, "2026-Q1", { status: "final" });
    const [item] = await db
      .insert(actionItems)
      .values({
        tenantId: buyer.org.id,
        contractId: managed.id,
        reviewId: review.id,
        title: "Laadpalen plaatsen",
        ownerSide: "supplier",
        ownerName: "Eva",
        dueDate: "2026-11-30",
      })
      .returning();
    expect(await listOf(supplier.as.reporter)).toContainEqual(
      expect.objectContaining({
        key: `action:${item.id}`,
        urgent: true,
        href: `/${supplier.org.slug}/contracten/${managed.id}/reviews/2026-Q1`,
      }),
    );
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`action:${item.id}`);
    await db.update(actionItems).set({ status: "done" }).where(eq(actionItems.id, item.id));
    expect(await keysOf(supplier.as.reporter)).not.toContain(`action:${item.id}`);
  });
});

describe("who sees what", () => {
  it("gives a contract manager only the contracts they manage, the admin and coordinator all, a viewer nothing", async () => {
    const onContract = (items: WorkItem[], c: Contract) => items.some((i) => i.contract?.id === c.id);
    await insertKpiRow(db, managed, { proposedByKind: "supplier", name: "Afvalscheiding" });
    await insertKpiRow(db, notManaged, { proposedByKind: "supplier", name: "Groene stroom" });
    const cm = await listOf(buyer.as.contract_manager);
    expect(onContract(cm, managed)).toBe(true);
    expect(onContract(cm, notManaged)).toBe(false);
    for (const role of ["admin", "coordinator"] as const) {
      const all = await listOf(buyer.as[role]);
      expect(onContract(all, managed) && onContract(all, notManaged)).toBe(true);
    }
    expect(await listOf(buyer.as.viewer)).toEqual([]);
    expect(await listOf(supplier.as.viewer)).toEqual([]);
  });

  it("never shows another organisation's contracts", async () => {
    const items = await listOf(otherBuyer.as.coordinator);
    expect(items.some((i) => i.contract?.id === managed.id || i.contract?.id === notManaged.id)).toBe(false);
  });

  it("lists urgent things first, then by date", async () => {
    const items = await listOf(supplier.as.admin);
    const firstCalm = items.findIndex((i) => !i.urgent);
    expect(firstCalm).toBeGreaterThan(0);
    expect(items.slice(firstCalm).every((i) => !i.urgent)).toBe(true);
  });
});

describe("roadmap actions", () => {
  it("ask for attention from a month before their date, and not when done", async () => {
    const [soon, later] = await db
      .insert(roadmapItems)
      .values([
        {
          tenantId: buyer.org.id,
          contractId: managed.id,
          title: "Menu herzien",
          ownerSide: "buyer",
          owner: "Fatima",
          dueDate: "2026-12-20",
          strategy: "opbouw",
        },
        {
          tenantId: buyer.org.id,
          contractId: managed.id,
          title: "Keuken vernieuwen",
          ownerSide: "buyer",
          owner: "Fatima",
          dueDate: "2027-06-30",
          strategy: "opbouw",
        },
      ])
      .returning();
    const keys = await keysOf(buyer.as.contract_manager);
    expect(keys).toContain(`roadmap:${soon.id}`);
    expect(keys).not.toContain(`roadmap:${later.id}`);
    expect(await keysOf(supplier.as.admin)).not.toContain(`roadmap:${soon.id}`);
    await db.update(roadmapItems).set({ status: "done" }).where(eq(roadmapItems.id, soon.id));
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`roadmap:${soon.id}`);
  });
});

describe("waivers above the four-eyes threshold", () => {
  it("wait for a second buyer user who may approve them, not for the one who granted them", async () => {
    const kpi = await insertKpiRow(db, managed, { proposedByKind: "buyer", status: "active", name: "Hergebruik meubilair" });
    const review = await insertReviewRow(db, managed, "2026-Q3");
    const score = await insertScoreRow(db, review, kpi.id, {
      malusRawCents: 500_000,
      waiverKind: "full",
      waiverCents: 500_000,
      waiverReason: "Leverancier trof geen blaam",
      waiverByUserId: buyer.as.coordinator.userId,
    });
    expect(await listOf(buyer.as.admin)).toContainEqual(
      expect.objectContaining({
        key: `waiver:${score.id}`,
        title: "Kwijtschelding van €\u00a05.000,00 op ‘Hergebruik meubilair’ goedkeuren (vier ogen)",
      }),
    );
    expect(await keysOf(buyer.as.coordinator)).not.toContain(`waiver:${score.id}`);
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`waiver:${score.id}`);
    expect(await keysOf(supplier.as.admin)).not.toContain(`waiver:${score.id}`);
    await db
      .update(reviewScores)
      .set({ waiverApprovedByUserId: buyer.as.admin.userId, waiverApprovedAt: new Date() })
      .where(eq(reviewScores.id, score.id));
    expect(await keysOf(buyer.as.admin)).not.toContain(`waiver:${score.id}`);
  });
});

describe("reviews to plan and prepare", () => {
  let fresh: Contract;

  beforeAll(async () => {
    fresh = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
      startDate: "2026-01-01",
      endDate: "2027-12-31",
    });
    await db.update(contracts).set({ status: "active" }).where(eq(contracts.tenantId, buyer.org.id));
  });

  it("asks the contract manager to plan the review of the quarter that just ended, then to prepare it the week before", async () => {
    const plan = `plan:${fresh.id}:2026-Q3`;
    expect((await listOf(buyer.as.contract_manager)).find((i) => i.key === plan)).toMatchObject({
      kind: "plan_review",
      title: "Kwartaalreview 2026 K3 plannen",
      href: `/${buyer.org.slug}/contracten/${fresh.id}/reviews/2026-Q3`,
    });
    // Not an older quarter, not a contract someone else manages, not the supplier.
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`plan:${fresh.id}:2026-Q2`);
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`plan:${notManaged.id}:2026-Q3`);
    expect(await keysOf(buyer.as.coordinator)).toContain(`plan:${notManaged.id}:2026-Q3`);
    expect((await keysOf(supplier.as.reporter)).some((k) => k.startsWith("plan:"))).toBe(false);

    const review = await insertReviewRow(db, fresh, "2026-Q3", { meetingAt: new Date("2026-12-08T10:00:00Z") });
    const keys = await keysOf(buyer.as.contract_manager);
    expect(keys).not.toContain(plan);
    expect(keys).toContain(`prepare:${review.id}`);
    // A meeting more than a week away is not yet to prepare; a signed review no longer.
    await db
      .update(reviews)
      .set({ meetingAt: new Date("2026-12-20T10:00:00Z") })
      .where(eq(reviews.id, review.id));
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`prepare:${review.id}`);
    await db
      .update(reviews)
      .set({ meetingAt: new Date("2026-12-08T10:00:00Z"), buyerSignedAt: new Date(), buyerSignerName: "Koper" })
      .where(eq(reviews.id, review.id));
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(`prepare:${review.id}`);
  });
});

describe("for the whole organisation", () => {
  it("lists an open checklist round for each buyer user until they answered or it closed", async () => {
    const [round] = await db.insert(checklistRounds).values({ tenantId: buyer.org.id, title: "Ronde 2026" }).returning();
    const key = `checklist:${round.id}`;
    const item = (await listOf(buyer.as.coordinator)).find((i) => i.key === key);
    expect(item).toMatchObject({ contract: null, href: `/${buyer.org.slug}/hulpmiddelen/checklist/${round.id}` });
    await db
      .insert(checklistAnswers)
      .values({ tenantId: buyer.org.id, roundId: round.id, userId: buyer.as.coordinator.userId, statementId: "I.1", score: 3 });
    expect(await keysOf(buyer.as.coordinator)).not.toContain(key);
    expect(await keysOf(buyer.as.contract_manager)).toContain(key);
    expect(await keysOf(otherBuyer.as.coordinator)).not.toContain(key);
    await db.update(checklistRounds).set({ closedAt: new Date() }).where(eq(checklistRounds.id, round.id));
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(key);
  });

  it("names a target no running contract reports on, for the coordinator, until a KPI measures it", async () => {
    const co2 = await globalIndicatorId(db, "co2e");
    const [target] = await db
      .insert(organisationTargets)
      .values({ tenantId: buyer.org.id, name: "CO2e omlaag", indicatorId: co2, baseYear: 2020, baseValue: "100" })
      .returning();
    const key = `target:${target.id}`;
    expect((await listOf(buyer.as.coordinator)).find((i) => i.key === key)?.title).toMatch(
      /^Doelstelling ‘CO2e omlaag’ krijgt geen gegevens/,
    );
    expect(await keysOf(buyer.as.contract_manager)).not.toContain(key);
    expect(await keysOf(otherBuyer.as.coordinator)).not.toContain(key);
    await insertKpiRow(db, managed, { proposedByKind: "buyer", indicatorId: co2, status: "active" });
    expect(await keysOf(buyer.as.coordinator)).not.toContain(key);
  });
});

describe("GET /api/v1/[org]/worklist", () => {
  it("answers the person's own count and items, the same as the home page", async () => {
    const answer = await worklistRoute.run(buyer.as.coordinator, {});
    expect(answer.status).toBe(200);
    const data = (answer.body as { data: { count: number; urgent: number; items: WorkItem[] } }).data;
    const actor = buyer.as.coordinator;
    const items = await withTenant(actor, (tx) => worklist(tx, { actor, today: amsterdamToday() }), db);
    expect(data.items.map((i) => i.key)).toEqual(items.map((i) => i.key));
    expect(data.count).toBe(items.length);
    expect(data.count).toBeGreaterThan(0);
    expect(data.urgent).toBe(items.filter((i) => i.urgent).length);
    expect((await worklistRoute.run(null, {})).status).toBe(401);
  });
});
