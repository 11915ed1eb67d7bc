// "Te doen" per role from known data: each item appears when the thing waits for that person and
// leaves the list when it is done; another organisation's things and other managers' contracts
// never appear.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actionItems, kpis, reports, reviewScores, reviews, roadmapItems, type Contract } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { withTenant } from "@/lib/tenancy";
import { worklist } from "@/lib/worklist/queries";
import { openTestDatabase } from "../fixtures/db";
import { createStrangers, type Team } from "../fixtures/factories";
import { insertKpiContract, insertKpiRow } from "../fixtures/kpis";
import { insertReviewRow, insertScoreRow } from "../fixtures/reviews";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";

const { db } = await openTestDatabase();
const TODAY = "2026-12-05";
let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherBuyer: Team<BuyerRole>;
let managed: Contract;
let notManaged: Contract;

const listOf = (actor: Actor) => withTenant(actor, (tx) => worklist(tx, { actor, today: TODAY }), db);
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
    const onContract = (items: { contract: { id: string } }[], c: Contract) => items.some((i) => i.contract.id === c.id);
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
    expect(items.some((i) => i.contract.id === managed.id || i.contract.id === notManaged.id)).toBe(false);
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
