// The notifications of the review cycle and of actions with an owner, written in the
// transaction of the change that causes them.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, type Review } from "@/db/schema";
import type { ContractSide, OrganisationKind } from "@/lib/auth/permissions";
import { organisationContacts } from "@/lib/members/queries";
import { quarterFromKey, quarterLongLabel } from "@/lib/periods";
import { addNotifications, contractParties, sidePeople, type ContractParties, type Recipient } from "./create";

const reviewLabel = (review: Pick<Review, "quarter">) => `kwartaalreview ${quarterLongLabel(quarterFromKey(review.quarter))}`;
const reviewPath = (review: Pick<Review, "contractId" | "quarter">) => `contracten/${review.contractId}/reviews/${review.quarter}`;

/** One side signed: the other side's signers are asked for theirs. */
export async function notifySignatureNeeded(tx: Db, actor: { userId: string; org: { kind: OrganisationKind } }, review: Review) {
  const parties = await contractParties(tx, { tenantId: review.tenantId, id: review.contractId });
  if (!parties) return;
  const side: OrganisationKind = actor.org.kind === "buyer" ? "supplier" : "buyer";
  await addNotifications(tx, parties, {
    kind: "review_signature_needed",
    side,
    recipients: await sidePeople(tx, parties, side),
    subjectId: review.quarter,
    title: `Jouw handtekening is nodig onder de ${reviewLabel(review)}`,
    path: reviewPath(review),
    dedupe: review.id,
  });
}

/** The second signature made the review final: both sides hear it (the e-mail carries the PDF), and owners their action items. */
export async function notifyReviewFinal(tx: Db, review: Review) {
  const parties = await contractParties(tx, { tenantId: review.tenantId, id: review.contractId });
  if (!parties) return;
  for (const side of ["buyer", "supplier"] as const) {
    await addNotifications(tx, parties, {
      kind: "review_final",
      side,
      recipients: await sidePeople(tx, parties, side),
      subjectId: review.quarter,
      title: `De ${reviewLabel(review)} is definitief`,
      path: reviewPath(review),
      dedupe: review.id,
    });
  }
  const items = await tx
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.tenantId, review.tenantId), eq(actionItems.reviewId, review.id)));
  for (const item of items) {
    await addNotifications(tx, parties, {
      kind: "action_item_assigned",
      side: item.ownerSide,
      recipients: await ownerPeople(tx, parties, item.ownerSide, item.ownerName),
      subjectId: item.id,
      title: `Actiepunt voor jou: ${item.title}`,
      path: reviewPath(review),
      dedupe: item.id,
    });
  }
}

/**
 * An owner is a name typed in a form, not an account: the members of the owner's side with that
 * name, or when nobody has it, the side's usual people (so the action is never unannounced).
 */
export async function ownerPeople(tx: Db, parties: ContractParties, side: ContractSide, ownerName: string | null): Promise<Recipient[]> {
  const org = parties.orgs[side];
  if (!org) return [];
  const wanted = ownerName?.trim().toLowerCase();
  if (wanted) {
    const named = (await organisationContacts(tx, { organisationId: org.id })).filter((m) => m.name?.trim().toLowerCase() === wanted);
    if (named.length) return named.map((m) => ({ userId: m.userId, name: m.name, email: m.email }));
  }
  return sidePeople(tx, parties, side);
}

/** A roadmap action with an owner was added: its owner hears it. */
export async function notifyRoadmapOwner(
  tx: Db,
  item: { tenantId: string; contractId: string; id: string; title: string; owner: string | null; ownerSide: ContractSide },
  actorUserId: string,
) {
  if (!item.owner) return;
  const parties = await contractParties(tx, { tenantId: item.tenantId, id: item.contractId });
  if (!parties) return;
  await addNotifications(tx, parties, {
    kind: "action_item_assigned",
    side: item.ownerSide,
    recipients: await ownerPeople(tx, parties, item.ownerSide, item.owner),
    subjectId: item.id,
    title: `Roadmap-actie voor jou: ${item.title}`,
    path: `contracten/${item.contractId}/roadmap/${item.id}`,
    dedupe: `roadmap:${item.id}`,
    exceptUserId: actorUserId,
  });
}
