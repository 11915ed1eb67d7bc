// GET /api/v1/[org]/contracts/[id]/reviews/[quarter]: the quarterly review of a quarter for an
// integration, as its page shows it: status and signatures, per KPI what was reported, the target,
// the computed status, the agreed score and the malus with any waiver, the decisions and the
// malus totals in cents. Before the review is planned, the live preparation (no agreed scores).
import { viewerOf } from "@/lib/contracts/queries";
import { defineRoute } from "@/lib/http/route";
import { z } from "@/lib/zod";
import { getReviewPage } from "./queries";

const Signature = z.object({ name: z.string().nullable(), at: z.date() }).nullable();
const cents = z.number().int();

const ReviewOut = z.object({
  contractId: z.guid(),
  quarter: z.string(),
  /** null while the review is not planned; then draft, final or cancelled. */
  status: z.string().nullable(),
  reviewId: z.guid().nullable(),
  version: z.number().int().nullable(),
  meetingAt: z.date().nullable(),
  finalizedAt: z.date().nullable(),
  signatures: z.object({ buyer: Signature, supplier: Signature }),
  kpis: z.array(
    z.object({
      kpiId: z.guid(),
      name: z.string(),
      unit: z.string().nullable(),
      reportedValue: z.string().nullable(),
      reportedScore: z.number().int().nullable(),
      target: z.string().nullable(),
      computedStatus: z.string().nullable(),
      agreedScore: z.string().nullable(),
      agreedReason: z.string().nullable(),
      contested: z.boolean(),
      malus: z.object({ rawCents: cents, appliedCents: cents }),
      waiver: z.object({ kind: z.string(), cents: cents.nullable(), reason: z.string().nullable(), approved: z.boolean() }).nullable(),
    }),
  ),
  decisions: z.array(
    z.object({ id: z.guid(), kind: z.string(), kpiId: z.guid().nullable(), reason: z.string().nullable(), createdAt: z.date() }),
  ),
  malus: z.object({ rawCents: cents, waivedCents: cents, cappedCents: cents, appliedCents: cents, finalAppliedCents: cents.nullable() }),
});

export const reviewRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]",
  permission: "contracts.read",
  scope: "reviews:read",
  output: ReviewOut,
  async handler(tx, ctx, params: { id: string; quarter: string }) {
    const page = await getReviewPage(tx, { viewer: viewerOf(ctx), contractId: params.id, quarter: params.quarter });
    const { review } = page;
    return {
      contractId: page.contract.id,
      quarter: page.key,
      status: review?.status ?? null,
      reviewId: review?.id ?? null,
      version: review?.version ?? null,
      meetingAt: review?.meetingAt ?? null,
      finalizedAt: review?.finalizedAt ?? null,
      signatures: page.signatures,
      kpis: page.kpis.map((row) => {
        const stored = row.score;
        const live = row.prepared;
        return {
          kpiId: row.kpi.id,
          name: row.kpi.name,
          unit: row.kpi.unitLabel,
          reportedValue: stored ? stored.reportedValue : (live?.reportedValue ?? null),
          reportedScore: stored ? stored.reportedScore : (live?.reportedScore ?? null),
          target: stored ? stored.target : (live?.target ?? null),
          computedStatus: stored ? stored.computedStatus : (live?.computedStatus ?? null),
          agreedScore: stored?.agreedScore ?? null,
          agreedReason: stored?.agreedReason ?? null,
          contested: stored?.contested ?? false,
          malus: { rawCents: row.malus.rawCents, appliedCents: row.malus.appliedCents },
          waiver: stored?.waiverKind
            ? {
                kind: stored.waiverKind,
                cents: stored.waiverCents,
                reason: stored.waiverReason,
                approved: stored.waiverApprovedAt !== null,
              }
            : null,
        };
      }),
      decisions: page.decisions.map(({ id, kind, kpiId, reason, createdAt }) => ({ id, kind, kpiId, reason, createdAt })),
      malus: {
        rawCents: page.malus.rawCents,
        waivedCents: page.malus.waivedCents,
        cappedCents: page.malus.cappedCents,
        appliedCents: page.malus.appliedCents,
        finalAppliedCents: page.malus.finalAppliedCents,
      },
    };
  },
});
