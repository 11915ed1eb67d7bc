// What the verification page needs, read in the actor's tenant transaction. For a verifier that
// transaction runs as groeipad_verifier and sees their assigned contracts only.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { listContracts, viewerOf } from "@/lib/contracts/queries";
import { listMembers } from "@/lib/members/queries";
import { withTenant } from "@/lib/tenancy";
import { assignsVerifiers, drawsSamples, onlyVerifies, verifiersAmong } from "./policy";
import { assignedContracts, latestSample, reportedValues, verificationHistory } from "./queries";
import type { VerificationStatus } from "./rules";

export function verificationPage(actor: Actor, filter: { quarter?: string; status?: VerificationStatus }) {
  return withTenant(actor, async (tx) => {
    const tenantId = actor.org.id;
    const all = await reportedValues(tx, { tenantId, quarter: filter.quarter });
    const values = filter.status ? all.filter((v) => v.status === filter.status) : all;
    const sample = filter.quarter && !onlyVerifies(actor) ? await latestSample(tx, { tenantId, quarter: filter.quarter }) : null;
    const assigned = await assignedContracts(tx, { tenantId, verifierUserId: onlyVerifies(actor) ? actor.userId : undefined });
    const assigning = assignsVerifiers(actor);
    const verifiers = assigning ? verifiersAmong(await listMembers(tx, { organisationId: tenantId })) : [];
    const contracts = assigning ? await listContracts(tx, { viewer: viewerOf(actor) }) : [];
    const quarters = [...new Set((filter.quarter ? await reportedValues(tx, { tenantId }) : all).map((v) => v.quarter))].sort().reverse();
    return {
      values,
      quarters,
      sample,
      sampled: sample ? all.filter((v) => sample.drawnValueIds.includes(v.id)) : [],
      assigned,
      verifiers: verifiers.map((v) => ({ userId: v.userId, name: v.name ?? v.email })),
      contracts: contracts.map((c) => ({ id: c.id, title: c.title })),
      drawsSamples: drawsSamples(actor),
    };
  });
}

/**
 * One reported value with every verification of it, newest first, or null when the value does not
 * exist for this actor (another buyer's, a draft, or for a verifier a contract not assigned to them).
 * A verifier's role may not read the buyer's people: they see their own entries as theirs and the
 * others as the buyer's.
 */
export function verificationValuePage(actor: Actor, id: string, db?: Db) {
  if (!UUID_PATTERN.test(id)) return Promise.resolve(null);
  return withTenant(
    actor,
    async (tx) => {
      const tenantId = actor.org.id;
      const [value] = await reportedValues(tx, { tenantId, id });
      if (!value) return null;
      const history = await verificationHistory(tx, { tenantId, reportValueId: id });
      const names = onlyVerifies(actor)
        ? new Map<string, string>()
        : new Map((await listMembers(tx, { organisationId: tenantId })).map((m) => [m.userId, m.name ?? m.email]));
      const nameOf = (userId: string | null) => {
        if (userId && userId === actor.userId) return "jou";
        if (onlyVerifies(actor)) return "de opdrachtgever";
        return (userId && names.get(userId)) ?? "een oud-lid van de organisatie";
      };
      return { value, history: history.map((h) => ({ ...h, by: nameOf(h.byUserId) })) };
    },
    db,
  );
}
