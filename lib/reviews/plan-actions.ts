// Planning a review, calling its meeting off and keeping its prepared rows up to date. The
// contract manager (or a buyer admin) plans the review of a quarter that has started or ended;
// planning creates the review with a copy of every KPI's prepared row and invites the
// participants of both sides; calling the meeting off sends them a cancellation.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reviewParticipants, reviews, type Review } from "@/db/schema";
import { assertManagesReview } from "./policy";
import { viewerOf } from "@/lib/contracts/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import { amsterdamDateTime, amsterdamToday } from "@/lib/time";
import { organisationContacts, type Member } from "@/lib/members/queries";
import { quarterTiming } from "@/lib/periods";
import { assertBuyer, auditReview, draftForWrite, findReview, finalError, refuseFinal, touchReview } from "./access";
import { meetingOrganizer } from "./calendar";
import { cancellationEmails, invitationEmails } from "./notify";
import { sendAfterCommit } from "@/lib/email/send";
import { loadPrepared, syncScores } from "./prepare";
import { cancelMeetingBlocker } from "./rules";
import { CancelMeeting, PlanReview, RefreshReview } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { assertQuarterOpen } from "@/lib/period-close/guard";
import { defineAction } from "@/lib/http/action";

async function findByQuarter(tx: Db, contract: { tenantId: string; id: string }, quarter: string): Promise<Review | null> {
  const [row] = await tx
    .select()
    .from(reviews)
    .where(and(eq(reviews.tenantId, contract.tenantId), eq(reviews.contractId, contract.id), eq(reviews.quarter, quarter)))
    .limit(1);
  return row ?? null;
}

/** The chosen users with their side: members of the buyer or of the contract's supplier, nobody else. */
async function participantUsers(tx: Db, contract: { tenantId: string; supplierOrgId: string | null }, userIds: string[]) {
  const wanted = [...new Set(userIds)];
  const sides = [
    { side: "buyer" as const, orgId: contract.tenantId },
    ...(contract.supplierOrgId ? [{ side: "supplier" as const, orgId: contract.supplierOrgId }] : []),
  ];
  const rows: Array<Member & { side: "buyer" | "supplier" }> = [];
  for (const { side, orgId } of wanted.length ? sides : []) {
    rows.push(...(await organisationContacts(tx, { organisationId: orgId, userIds: wanted })).map((m) => ({ ...m, side })));
  }
  if (wanted.some((id) => !rows.some((r) => r.userId === id))) {
    throw new ValidationError({ userIds: "Kies deelnemers uit de opdrachtgever en de leverancier van dit contract." });
  }
  return wanted.map((id) => {
    const r = rows.find((x) => x.userId === id)!;
    return { side: r.side, userId: id, name: r.name ?? r.email, email: r.email };
  });
}

/** The person acting, as the organiser of a meeting whose contract has no manager. */
const actingOrganizer = (ctx: Actor) => ({ name: ctx.name ?? ctx.email, email: ctx.email });

export const planReview = defineAction({
  name: "reviews.plan",
  permission: "reviews.manage",
  input: PlanReview,
  handler: async (tx, ctx, input) => {
    assertBuyer(ctx);
    return refuseFinal(async () => {
      const prepared = await loadPrepared(tx, { viewer: viewerOf(ctx), contractId: input.contractId, quarter: input.quarter });
      const { contract, quarter, key } = prepared;
      assertManagesReview(ctx, contract);
      if (!contract.supplierOrgId)
        throw new ValidationError({ _form: "Koppel eerst een leverancier aan dit contract; de review houd je samen." });
      if (quarterTiming(quarter, amsterdamToday()) === "future") {
        throw new ValidationError({ quarter: "Je plant een review voor een kwartaal dat begonnen of voorbij is." });
      }
      await assertQuarterOpen(tx, { tenantId: contract.tenantId, quarter: key });
      const chosen = await participantUsers(tx, contract, input.userIds);
      const people = [...chosen, ...input.guests.map((g) => ({ side: g.side, userId: null, name: g.name, email: g.email }))];
      const meeting = {
        meetingAt: amsterdamDateTime(input.meetingDate, input.meetingTime),
        durationMinutes: input.durationMinutes,
        location: input.location,
      };
      const existing = await findByQuarter(tx, contract, key);
      let review: Review;
      if (existing) {
        if (existing.status === "final") throw finalError();
        if (input.version !== existing.version) throw new ConflictError();
        review = await touchReview(tx, existing, meeting);
        await tx
          .delete(reviewParticipants)
          .where(and(eq(reviewParticipants.tenantId, review.tenantId), eq(reviewParticipants.reviewId, review.id)));
      } else {
        [review] = await tx
          .insert(reviews)
          .values({ tenantId: contract.tenantId, contractId: contract.id, quarter: key, ...meeting, createdByUserId: ctx.userId })
          .returning();
        await syncScores(tx, review, prepared.rows);
      }
      const invitedAt = new Date();
      if (people.length) {
        await tx
          .insert(reviewParticipants)
          .values(people.map((p) => ({ tenantId: review.tenantId, reviewId: review.id, ...p, invitedAt })));
      }
      await auditReview(tx, ctx, review, existing ? "replan" : "plan", { ...meeting, participants: people.map((p) => p.name) });
      const organizer = await meetingOrganizer(tx, contract, review, actingOrganizer(ctx));
      // A date in the past records when the meeting really took place: nobody is invited to it.
      const held = meeting.meetingAt <= invitedAt;
      // After a cancellation the next plan is a new invitation, not a change of one.
      const updated = Boolean(existing?.meetingAt);
      const emails = held ? [] : await invitationEmails(tx, { ...review, meetingAt: meeting.meetingAt }, people, organizer, updated);
      return { result: { id: review.id, version: review.version, quarter: key }, emails };
    });
  },
  afterCommit: sendAfterCommit,
});

/**
 * Calls the planned meeting off: the meeting is cleared (the review and its scores stay, and it
 * can be planned again), and every participant with an address gets a cancellation with the
 * invitation's UID and a higher SEQUENCE, so their calendar removes the meeting.
 */
export const cancelMeeting = defineAction({
  name: "reviews.cancel_meeting",
  permission: "reviews.manage",
  input: CancelMeeting,
  handler: async (tx, ctx, input) => {
    assertBuyer(ctx);
    return refuseFinal(async () => {
      const { review, contract } = await findReview(tx, ctx, input.reviewId);
      assertManagesReview(ctx, contract);
      const blocker = cancelMeetingBlocker(review, new Date());
      if (blocker) throw new ValidationError({ _form: blocker }, blocker);
      if (input.version !== review.version) throw new ConflictError();
      const planned = { meetingAt: review.meetingAt!, durationMinutes: review.durationMinutes, location: review.location };
      const after = await touchReview(tx, review, { meetingAt: null, location: null });
      const participants = await tx
        .select()
        .from(reviewParticipants)
        .where(and(eq(reviewParticipants.tenantId, review.tenantId), eq(reviewParticipants.reviewId, review.id)));
      await auditReview(tx, ctx, review, "cancel_meeting", { meetingAt: null, cancelledBy: ctx.name ?? ctx.email }, planned);
      const organizer = await meetingOrganizer(tx, contract, review, actingOrganizer(ctx));
      const meeting = { ...review, ...planned, version: after.version };
      const emails = await cancellationEmails(tx, meeting, participants, organizer, ctx.name ?? ctx.email);
      return { result: { id: after.id, version: after.version }, emails };
    });
  },
  afterCommit: sendAfterCommit,
});

export const refreshReview = defineAction({
  name: "reviews.refresh",
  permission: "reviews.manage",
  input: RefreshReview,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review, contract } = await draftForWrite(tx, ctx, input.reviewId, { manage: true, version: input.version });
      const prepared = await loadPrepared(tx, { viewer: viewerOf(ctx), contractId: contract.id, quarter: review.quarter });
      const counts = await syncScores(tx, review, prepared.rows);
      const after = await touchReview(tx, review);
      await auditReview(tx, ctx as Actor, review, "refresh", counts);
      return { id: after.id, version: after.version, ...counts };
    }),
});
