// Demo quarterly reviews: a final, signed review for every past quarter of a demo contract whose
// report was accepted, except the most recent past quarter of every contract, which stays open
// for planning a review in the demo (and its browser test). Scores follow the reported values;
// result KPIs with a malus rule get their malus after the caps; one malus is waived (with the
// four-eyes approval); the asphalt contract retires one KPI and adds one; action items, lessons
// learned and one amendment. Children are written before the review is made final, because the
// database freezes a final review and everything in it.
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../client";
import {
  actionItems,
  contracts,
  lessonsLearned,
  reports,
  reviewAmendments,
  reviewParticipants,
  reviews,
  reviewScores,
  type Contract,
} from "../schema";
import { listContractKpis, type ContractKpi } from "../../lib/kpis/queries";
import { quarterValuesCents, type MalusRule } from "../../lib/malus/rule";
import { malusLedger, type LedgerEntry } from "../../lib/malus/ledger";
import { loadPrepared } from "../../lib/reviews/prepare";
import { multiplyScaled, scaledToNumber, toScaled } from "../../lib/decimal";
import { formatNumber } from "../../lib/format";
import { amsterdamToday } from "../../lib/time";
import { addDays, contractQuarters, quarterEndDate, quarterTiming, type ContractQuarter } from "../../lib/periods";
import { withTenant } from "../../lib/tenancy";
import { demoContracts, demoUsers } from "./demo-data";
import {
  actionItemsFor,
  AMENDMENT,
  AT_RISK_REASON,
  COORDINATORS,
  LESSONS,
  LOCATIONS,
  SUPPLIER_PEOPLE,
  WAIVER_REASON,
} from "./demo-reviews-data";
import { changeKpiSet } from "./demo-reviews-kpis";
import { storedOverallScore } from "../../lib/reviews/sign-check";

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };
type Counter = { reviews: number; waived: boolean; atRiskAgreed: boolean; amended: boolean };

const nameOf = (email: string) => demoUsers.find((u) => u.email === email)?.name ?? email;
const at = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);

export async function seedDemoReviews(db: Db, ids: Ids): Promise<void> {
  const today = amsterdamToday();
  const counter: Counter = { reviews: 0, waived: false, atRiskAgreed: false, amended: false };
  for (const spec of demoContracts.filter((c) => c.supplier)) {
    const tenantId = ids.orgIds.get(spec.buyer)!;
    const scope = { userId: "00000000-0000-0000-0000-000000000000", orgId: tenantId, orgKind: "buyer" as const };
    await withTenant(
      scope,
      async (tx) => {
        const [contract] = await tx
          .select()
          .from(contracts)
          .where(and(eq(contracts.tenantId, tenantId), eq(contracts.title, spec.title)));
        if (!contract) return;
        const ctx = { ids, spec, contract, today, counter, coordinatorId: ids.userIds.get(COORDINATORS[spec.buyer]) ?? null };
        await seedContractReviews(tx, ctx);
      },
      db,
    );
  }
}

export type Ctx = {
  ids: Ids;
  spec: (typeof demoContracts)[number];
  contract: Contract;
  today: string;
  counter: Counter;
  coordinatorId: string | null;
};

export async function seedContractReviews(tx: Db, ctx: Ctx) {
  const { contract, today } = ctx;
  const quarters = contractQuarters(contract.startDate, contract.endDate);
  const values = quarterValuesCents(contract.valueCents, quarters);
  const past = quarters.filter((q) => quarterTiming(q.quarter, today) === "past");
  // The most recent past quarter stays without a review: that is where the demo plans one.
  const reviewed = past.slice(0, -1);
  const acceptedReports = await tx
    .select()
    .from(reports)
    .where(and(eq(reports.tenantId, contract.tenantId), eq(reports.contractId, contract.id), eq(reports.status, "accepted")));
  const history = new Map<string, LedgerEntry[]>();
  for (const [i, q] of reviewed.entries()) {
    const report = acceptedReports.find((r) => r.quarter === q.key);
    if (!report) continue;
    const { kpis: contractKpis } = await listContractKpis(tx, {
      viewer: { orgId: contract.tenantId, orgKind: "buyer" },
      contractId: contract.id,
    });
    const isLast = i === reviewed.length - 1;
    // The meeting follows the accepted report: a week after the decision on it.
    const acceptedOn = (report.decidedAt ?? new Date(`${quarterEndDate(q.quarter)}T12:00:00Z`)).toISOString().slice(0, 10);
    await seedReview(tx, ctx, {
      q,
      quarterValueCents: values[quarters.indexOf(q)],
      reportId: report.id,
      accepted: acceptedOn,
      contractKpis,
      history,
      isLast,
      n: i,
    });
  }
}

type ReviewInput = {
  q: ContractQuarter;
  quarterValueCents: number;
  reportId: string;
  /** The day the report of the quarter was accepted (ISO date). */
  accepted: string;
  contractKpis: ContractKpi[];
  history: Map<string, LedgerEntry[]>;
  isLast: boolean;
  n: number;
};

async function seedReview(tx: Db, ctx: Ctx, input: ReviewInput) {
  const { contract, ids, spec, counter } = ctx;
  const { q } = input;
  const base = input.accepted;
  const meetingAt = at(addDays(base, 7), 9);
  const managerName = nameOf(spec.manager);
  const people = SUPPLIER_PEOPLE[spec.supplier!];
  const supplierName = nameOf(people.user);
  const [review] = await tx
    .insert(reviews)
    .values({
      tenantId: contract.tenantId,
      contractId: contract.id,
      quarter: q.key,
      meetingAt,
      durationMinutes: 90,
      location: LOCATIONS[input.n % LOCATIONS.length],
      summary: "De partijen hebben de rapportage van het kwartaal doorgenomen en de scores samen vastgesteld.",
      createdByUserId: contract.contractManagerId,
      createdAt: at(addDays(base, 1)),
    })
    .returning();
  counter.reviews++;

  await tx.insert(reviewParticipants).values([
    {
      tenantId: contract.tenantId,
      reviewId: review.id,
      side: "buyer" as const,
      userId: contract.contractManagerId,
      name: managerName,
      email: spec.manager,
      invitedAt: review.createdAt,
    },
    {
      tenantId: contract.tenantId,
      reviewId: review.id,
      side: "supplier" as const,
      userId: ids.userIds.get(people.user) ?? null,
      name: supplierName,
      email: people.user,
      invitedAt: review.createdAt,
    },
    {
      tenantId: contract.tenantId,
      reviewId: review.id,
      side: "supplier" as const,
      userId: null,
      name: people.guest.name,
      email: people.guest.email,
      invitedAt: review.createdAt,
    },
  ]);

  const applied = await insertScores(tx, ctx, review.id, input, meetingAt);

  const items = actionItemsFor(spec.purchasingPackage);
  const item = items[(input.n + counter.reviews) % items.length];
  // The last review's action item is still open: it shows on the contract and in the next review.
  const due = input.isLast ? addDays(ctx.today, 30) : addDays(base, 60);
  const done = !input.isLast;
  await tx.insert(actionItems).values({
    tenantId: contract.tenantId,
    contractId: contract.id,
    reviewId: review.id,
    title: item.title,
    ownerSide: item.owner,
    ownerName: item.owner === "buyer" ? managerName : supplierName,
    dueDate: due,
    status: done ? "done" : "open",
    closedAt: done ? at(addDays(due, -5), 14) : null,
    closedNote: done ? "Afgerond en besproken in het volgende kwartaalgesprek." : null,
    createdAt: meetingAt,
  });
  if (input.n % 2 === 0 || input.isLast) {
    await tx.insert(lessonsLearned).values({
      tenantId: contract.tenantId,
      reviewId: review.id,
      contractId: contract.id,
      body: LESSONS[counter.reviews % LESSONS.length],
      authorUserId: contract.contractManagerId,
      authorName: managerName,
      createdAt: meetingAt,
    });
  }
  if (input.isLast) await changeKpiSet(tx, ctx, review.id, q.quarter, meetingAt);

  // Last of all: both signatures, which make the review final and frozen.
  await tx
    .update(reviews)
    .set({
      status: "final",
      buyerSignedByUserId: contract.contractManagerId,
      buyerSignedAt: at(addDays(base, 8), 10),
      buyerSignerName: managerName,
      supplierSignedByUserId: ids.userIds.get(people.user) ?? null,
      supplierSignedAt: at(addDays(base, 10), 15),
      supplierSignerName: supplierName,
      finalizedAt: at(addDays(base, 10), 15),
      malusAppliedCents: applied,
      overallScore: await storedOverallScore(tx, review, contract),
      updatedAt: at(addDays(base, 10), 15),
    })
    .where(and(eq(reviews.tenantId, contract.tenantId), eq(reviews.id, review.id)));

  if (!counter.amended && input.n === 0) {
    counter.amended = true;
    await insertAmendment(tx, ctx, review.id, input, at(addDays(base, 25), 11));
  }
}

/**
 * A score per KPI of the quarter, prepared as the app prepares a review (lib/reviews/prepare.ts),
 * so a rule assessed at milestones is charged as in the app; returns the malus applied for the
 * quarter (after waiver and caps).
 */
async function insertScores(tx: Db, ctx: Ctx, reviewId: string, input: ReviewInput, meetingAt: Date): Promise<number> {
  const { contract, counter } = ctx;
  const { rows } = await loadPrepared(tx, {
    viewer: { orgId: contract.tenantId, orgKind: "buyer" },
    contractId: contract.id,
    quarter: input.q.key,
  });
  let total = 0;
  for (const row of rows) {
    const kpi = input.contractKpis.find((k) => k.id === row.kpiId);
    if (!kpi) continue;
    const computed = row.computedStatus;
    const rule = (kpi.malusRule ?? null) as MalusRule | null;
    const raw = row.malus.rawCents;
    const waive = raw >= 100_000 && !counter.waived;
    if (waive) counter.waived = true;
    const agreeDifferently = computed === "at_risk" && !counter.atRiskAgreed;
    if (agreeDifferently) counter.atRiskAgreed = true;
    const entries = [
      ...(input.history.get(kpi.id) ?? []),
      { quarter: input.q.quarter, rawCents: raw, waiver: waive ? { kind: "full" as const, reason: WAIVER_REASON } : null },
    ];
    input.history.set(kpi.id, entries);
    const line = malusLedger(entries, rule?.caps ?? null, contract).lines.at(-1)!;
    const applied = raw > 0 ? line.appliedCents : 0;
    total += applied;
    await tx.insert(reviewScores).values({
      tenantId: contract.tenantId,
      reviewId,
      kpiId: kpi.id,
      reportedValue: row.reportedValue,
      reportedQuantity: row.reportedQuantity,
      reportedScore: row.reportedScore,
      target: row.target,
      computedStatus: computed,
      agreedScore: agreeDifferently ? "on_track" : computed === "no_data" || computed === "no_target" ? "not_scored" : computed,
      agreedReason: agreeDifferently ? AT_RISK_REASON : null,
      malusRawCents: raw,
      waiverKind: waive ? "full" : null,
      waiverReason: waive ? WAIVER_REASON : null,
      waiverByUserId: waive ? contract.contractManagerId : null,
      // Above € 1.000, so the coordinator approved it as the second pair of eyes.
      waiverApprovedByUserId: waive ? ctx.coordinatorId : null,
      waiverApprovedAt: waive ? new Date(meetingAt.getTime() + 86_400_000) : null,
      malusAppliedCents: applied,
    });
  }
  return total;
}

async function insertAmendment(tx: Db, ctx: Ctx, reviewId: string, input: ReviewInput, createdAt: Date) {
  const [score] = await tx
    .select()
    .from(reviewScores)
    .where(
      and(eq(reviewScores.tenantId, ctx.contract.tenantId), eq(reviewScores.reviewId, reviewId), isNotNull(reviewScores.reportedValue)),
    )
    .limit(1);
  if (!score?.reportedValue) return;
  // The amendment as a person writes it: the reported value and one 1 % higher, to the hundredth.
  const reported = toScaled(score.reportedValue);
  const corrected = formatNumber(scaledToNumber(multiplyScaled(reported, toScaled("1.01"))), 2);
  await tx.insert(reviewAmendments).values({
    tenantId: ctx.contract.tenantId,
    reviewId,
    kpiId: score.kpiId,
    field: AMENDMENT.field,
    previousValue: formatNumber(scaledToNumber(reported), 2),
    correctedValue: corrected,
    reason: AMENDMENT.reason,
    authorUserId: ctx.contract.contractManagerId,
    authorName: nameOf(ctx.spec.manager),
    createdAt,
  });
}
