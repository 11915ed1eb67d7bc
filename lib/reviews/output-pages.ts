// What the output pages (review report, malus ledger, timeline, lessons learned) need from the
// server, read in the actor's tenant transaction so app/ stays free of database code.
import { orNotFound, requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { notFound } from "next/navigation";
import { reviewRecord } from "./export";
import { contractMalusLedger } from "@/lib/malus/contract-ledger";
import { searchLessons } from "./lessons";
import { contractTimeline } from "./timeline";
import { innovationsForReview } from "@/lib/innovations/queries";
import { withTenant } from "@/lib/tenancy";

export async function reviewReportPage(orgSlug: string, contractId: string, quarter: string) {
  const actor = await requireActor(orgSlug);
  const { record, innovations } = await orNotFound(
    withTenant(actor, async (tx) => {
      const found = await reviewRecord(tx, { viewer: viewerOf(actor), contractId, quarter });
      const scope = { tenantId: found.contract.tenantId, contractId: found.contract.id, reviewId: found.review.id };
      // The innovations this review decided on belong to its record; undecided ones wait for a later review.
      const decided = (await innovationsForReview(tx, scope)).filter((i) => i.decision !== null);
      return { record: found, innovations: decided };
    }),
  );
  return { actor, record, innovations };
}

export async function malusLedgerPage(orgSlug: string, contractId: string) {
  const actor = await requireActor(orgSlug);
  const ledger = await orNotFound(withTenant(actor, (tx) => contractMalusLedger(tx, { viewer: viewerOf(actor), contractId })));
  return { actor, ledger };
}

export async function timelinePage(orgSlug: string, contractId: string) {
  const actor = await requireActor(orgSlug);
  const timeline = await orNotFound(
    withTenant(actor, (tx) => contractTimeline(tx, { viewer: viewerOf(actor), contractId, orgSlug: actor.org.slug })),
  );
  return { actor, ...timeline };
}

/** Buyer users only: for a supplier the page does not exist. */
export async function lessonsPage(orgSlug: string, query: string) {
  const actor = await requireActor(orgSlug);
  if (actor.org.kind !== "buyer") notFound();
  const hits = await withTenant(actor, (tx) => searchLessons(tx, { viewer: viewerOf(actor), query }));
  return { actor, hits };
}
