// The demo reviews are seeded, after the demo KPIs and reports, into fresh organisations standing
// in for the demo ones: final reviews for the past quarters with accepted reports, a waiver with
// its four-eyes approval, a KPI retired and one added by a review, action items and lessons
// learned, and the most recent past quarter of every contract left open for planning.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actionItems, kpis, lessonsLearned, reviewAmendments, reviewDecisions, reviews, reviewScores } from "@/db/schema";
import { demoContracts } from "@/db/seed/demo-data";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { seedDemoReports } from "@/db/seed/demo-reports";
import { seedDemoReviews } from "@/db/seed/demo-reviews";
import { amsterdamToday } from "@/lib/time";
import { addQuarters, quarterKey, quarterOf } from "@/lib/periods";
import { contractMalusLedger } from "@/lib/malus/contract-ledger";
import { searchLessons } from "@/lib/reviews/lessons";
import { viewerOf } from "@/lib/contracts/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns, type DemoBuyer } from "../fixtures/demo-stand-ins";

const { db } = await openTestDatabase();

let buyers: Record<"voorbeeldstad" | "zuiderland", DemoBuyer>;
let contractIds: string[];
let demo: Awaited<ReturnType<typeof demoStandIns>>;

beforeAll(async () => {
  demo = await demoStandIns(db);
  buyers = demo.buyers;
  contractIds = [...demo.contractsByTitle.values()].map((c) => c.id);
  await seedDemoKpis(db, demo.ids);
  await seedDemoReports(db, demo.ids);
  await seedDemoReviews(db, demo.ids);
}, 240_000);

const mine = () => inArray(reviews.contractId, contractIds);

describe("the demo reviews", () => {
  it("are final and signed by both sides, and leave the most recent past quarter open", async () => {
    const rows = await db.select().from(reviews).where(mine());
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(
      rows.every((r) => r.status === "final" && r.buyerSignedAt && r.supplierSignedAt && r.buyerSignerName && r.supplierSignerName),
    ).toBe(true);
    const lastPast = quarterKey(addQuarters(quarterOf(amsterdamToday()), -1));
    expect(rows.some((r) => r.quarter === lastPast)).toBe(false);
    const amendments = await db
      .select()
      .from(reviewAmendments)
      .where(
        inArray(
          reviewAmendments.reviewId,
          rows.map((r) => r.id),
        ),
      );
    expect(amendments).toHaveLength(1);
  });

  it("score mostly on track, with some malus and one waiver approved by the coordinator", async () => {
    const scores = await db
      .select({ s: reviewScores })
      .from(reviewScores)
      .innerJoin(reviews, and(eq(reviews.tenantId, reviewScores.tenantId), eq(reviews.id, reviewScores.reviewId)))
      .where(mine());
    const onTrack = scores.filter(({ s }) => s.agreedScore === "on_track").length;
    expect(onTrack).toBeGreaterThan(scores.length / 2);
    expect(scores.some(({ s }) => (s.malusAppliedCents ?? 0) > 0)).toBe(true);
    const waived = scores.filter(({ s }) => s.waiverKind);
    expect(waived).toHaveLength(1);
    expect(waived[0].s.waiverReason).toBeTruthy();
    expect(waived[0].s.malusRawCents).toBeGreaterThan(100_000);
    expect(waived[0].s.waiverApprovedByUserId).toBe(buyers.voorbeeldstad.as.coordinator.userId);
  });

  it("retire one KPI and add one through a review, consistently with the decisions", async () => {
    const retired = await db
      .select()
      .from(kpis)
      .where(and(inArray(kpis.contractId, contractIds), isNotNull(kpis.retiredByReviewId)));
    expect(retired).toHaveLength(1);
    expect(retired[0]).toMatchObject({
      status: "retired",
      retiredReason: expect.any(String),
      retiredFrom: expect.stringMatching(/^\d{4}-Q\d$/),
    });
    const added = await db
      .select()
      .from(kpis)
      .where(and(inArray(kpis.contractId, contractIds), isNotNull(kpis.addedByReviewId)));
    expect(added).toHaveLength(1);
    expect(added[0].activeFrom).toBe(retired[0].retiredFrom);
    const [review] = await db.select().from(reviews).where(eq(reviews.id, retired[0].retiredByReviewId!));
    expect(quarterKey(addQuarters({ year: Number(review.quarter.slice(0, 4)), quarter: Number(review.quarter.slice(6)) as 1 }, 1))).toBe(
      retired[0].retiredFrom,
    );
    const decisions = await db.select().from(reviewDecisions).where(eq(reviewDecisions.reviewId, review.id));
    expect(decisions.map((d) => d.kind).sort()).toEqual(["add_kpi", "retire_kpi"]);
    // The review page names the KPI from the decision, as a decision taken in the app stores it.
    expect(decisions.find((d) => d.kind === "retire_kpi")!.payload).toMatchObject({ name: retired[0].name });
  });

  it("have action items (open and done) and lessons learned the coordinator finds", async () => {
    const items = await db.select().from(actionItems).where(inArray(actionItems.contractId, contractIds));
    expect(items.some((i) => i.status === "open")).toBe(true);
    expect(items.some((i) => i.status === "done")).toBe(true);
    const lessons = await db.select().from(lessonsLearned).where(inArray(lessonsLearned.contractId, contractIds));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    const coordinator = buyers.voorbeeldstad.as.coordinator;
    const hits = await withTenant(
      scopeOf(coordinator),
      (tx) => searchLessons(tx, { viewer: viewerOf(coordinator), query: "kwartaal" }),
      db,
    );
    expect(hits.length).toBeGreaterThan(0);
  });

  it("give each contract action items about what it buys: no meals or food waste on cleaning or asphalt", async () => {
    const byTitle = new Map(demoContracts.map((c) => [c.title, c.purchasingPackage]));
    const titles = new Map([...demo.contractsByTitle.entries()].map(([title, c]) => [c.id, title]));
    const items = await db.select().from(actionItems).where(inArray(actionItems.contractId, contractIds));
    const offTopic = items.filter(
      (i) => byTitle.get(titles.get(i.contractId)!) !== "catering" && /maaltijd|voedsel|evenement/i.test(i.title),
    );
    expect(offTopic.map((i) => [titles.get(i.contractId), i.title])).toEqual([]);
    const cleaning = items.filter((i) => byTitle.get(titles.get(i.contractId)!) === "schoonmaak");
    expect(cleaning.length).toBeGreaterThan(0);
  });

  it("add up in the malus ledger of a contract", async () => {
    const cm = buyers.voorbeeldstad.as.contract_manager;
    const totals = [];
    for (const id of contractIds.slice(0, 3)) {
      totals.push((await withTenant(scopeOf(cm), (tx) => contractMalusLedger(tx, { viewer: viewerOf(cm), contractId: id }), db)).totals);
    }
    expect(totals.some((t) => t.rawCents > 0)).toBe(true);
    expect(totals.every((t) => t.rawCents === t.waivedCents + t.appliedCents || t.rawCents > t.waivedCents + t.appliedCents)).toBe(true);
  });
});
