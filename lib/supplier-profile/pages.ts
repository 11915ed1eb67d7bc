// What the supplier's profile page reads, in its own tenant transaction, and which controls the
// actor gets (the actions refuse the rest anyway).
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { listProfileFacts, profileSharing } from "./queries";
import { expiryOf } from "./rules";

export async function supplierProfilePage(orgSlug: string) {
  const actor = await requireActor(orgSlug);
  if (actor.org.kind !== "supplier" || !can(actor.org.kind, actor.role, "profile.read")) notFound();
  const today = amsterdamToday();
  const { facts, sharing } = await withTenant(actor, async (tx) => ({
    facts: await listProfileFacts(tx, { tenantId: actor.org.id }),
    sharing: await profileSharing(tx, { tenantId: actor.org.id, partnerOrgIds: actor.org.partnerOrgIds }),
  }));
  return {
    actor,
    today,
    facts: facts.map((f) => ({ ...f, expiry: expiryOf(f.validUntil, today) })),
    sharing,
    canEdit: can(actor.org.kind, actor.role, "profile.edit"),
    canShare: can(actor.org.kind, actor.role, "profile.share"),
  };
}
