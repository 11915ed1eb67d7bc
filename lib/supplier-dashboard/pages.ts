// The Prestaties page of a supplier: the actor, then the dashboard in the actor's tenant
// transaction. A buyer who types the address gets a 404: the page is not theirs to have.
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { amsterdamToday } from "@/lib/time";
import { readSupplierDashboard } from "./service";
import { withTenant } from "@/lib/tenancy";

export async function supplierDashboardPage(orgSlug: string) {
  const actor = await requireActor(orgSlug);
  if (actor.org.kind !== "supplier") notFound();
  const today = amsterdamToday();
  const dashboard = await withTenant(actor, (tx) => readSupplierDashboard(tx, { org: actor.org, today }));
  return { actor, today, ...dashboard };
}
