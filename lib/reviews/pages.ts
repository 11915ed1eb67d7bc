// What the review pages need from the server, read inside the actor's tenant transaction so app/
// stays free of database code, plus which controls this actor gets. The controls only hide what
// the actions would refuse anyway (the actions check again).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import type { Db } from "@/db/client";
import { contractWheelThemes } from "@/lib/kpis/queries";
import { listMembers } from "@/lib/members/queries";
import { listIndicatorsForPicker } from "@/lib/waardenwiel/queries";
import { managesReview, participatesInReview } from "./policy";
import { getReviewPage, listReviews, type ReviewPage } from "./queries";
import { cancelMeetingBlocker } from "./rules";
import { innovationsForReview } from "@/lib/innovations/queries";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";

export async function reviewListPage(orgSlug: string, contractId: string) {
  const actor = await requireActor(orgSlug);
  const list = await orNotFound(withTenant(actor, (tx) => listReviews(tx, { viewer: viewerOf(actor), contractId })));
  return { actor, ...list, canManage: managesReview(actor, list.contract) };
}

function controls(actor: Actor, page: ReviewPage, now: Date) {
  const manage = managesReview(actor, page.contract);
  const review = page.review;
  const participate = participatesInReview(actor, page.contract);
  const draft = page.review?.status === "draft";
  const final = page.review?.status === "final";
  const ownSideSigned = actor.org.kind === "buyer" ? page.signatures.buyer !== null : page.signatures.supplier !== null;
  return {
    /** Plan (or re-plan) the meeting, score, decide, waive: the buyer's contract manager or admin. */
    plan: manage && page.review?.status !== "final" && page.timing !== "future",
    /** Call the planned meeting off while it is still to come. */
    cancelMeeting: manage && review !== null && cancelMeetingBlocker(review, now) === null,
    /** Download the invitation of a meeting still to come: everyone who sees the review. */
    calendar: review !== null && review.status === "draft" && review.meetingAt !== null && review.meetingAt > now,
    manage: manage && draft,
    comment: participate && draft,
    contest: participate && draft && actor.org.kind === "supplier",
    approveWaiver: draft && actor.org.kind === "buyer" && can(actor.org.kind, actor.role, "reviews.approve_waiver"),
    lesson: participate && draft,
    sign: participate && draft && !ownSideSigned,
    amend: participate && final,
    closeActions: participate,
    side: actor.org.kind,
  };
}

/** Members of both organisations, for the participant checkboxes of the plan form. */
async function planOptions(tx: Db, contract: { tenantId: string; supplierOrgId: string | null }) {
  const [buyer, supplier] = await Promise.all([
    listMembers(tx, { organisationId: contract.tenantId }),
    contract.supplierOrgId ? listMembers(tx, { organisationId: contract.supplierOrgId }) : Promise.resolve([]),
  ]);
  const person = (m: { userId: string; name: string | null; email: string }) => ({ value: m.userId, label: m.name ?? m.email });
  return { buyerMembers: buyer.map(person), supplierMembers: supplier.map(person) };
}

export async function reviewPage(orgSlug: string, contractId: string, quarter: string) {
  const actor = await requireActor(orgSlug);
  return orNotFound(
    withTenant(actor, async (tx) => {
      const page = await getReviewPage(tx, { viewer: viewerOf(actor), contractId, quarter });
      const allowed = controls(actor, page, new Date());
      const members = allowed.plan ? await planOptions(tx, page.contract) : { buyerMembers: [], supplierMembers: [] };
      const [indicators, themes] = allowed.manage
        ? await Promise.all([listIndicatorsForPicker(tx, { orgId: page.contract.tenantId }), contractWheelThemes(tx, page.contract)])
        : [[], []];
      const innovations = page.review
        ? await innovationsForReview(tx, { tenantId: page.contract.tenantId, contractId: page.contract.id, reviewId: page.review.id })
        : [];
      return { actor, ...page, controls: allowed, ...members, indicators, themes, innovations, today: amsterdamToday() };
    }),
  );
}

export type ReviewPageData = Awaited<ReturnType<typeof reviewPage>>;
