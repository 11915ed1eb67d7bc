// What the periods page needs, read in the actor's tenant transaction.
import type { Actor } from "@/lib/auth/actor";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { periodOverview } from "./overview";

export function periodsPage(actor: Actor) {
  return withTenant(actor, (tx) => periodOverview(tx, { tenantId: actor.org.id, today: amsterdamToday() }));
}
