// What the identity-provider page reads, in the admin's own tenant transaction.
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { appUrl } from "@/lib/env";
import { withTenant } from "@/lib/tenancy";
import { listSsoProviders } from "./queries";

/** Where the provider sends the person back; registered at the provider as the redirect URI. */
function callbackAddress(providerId: string): string {
  return `${appUrl()}/api/auth/callback/sso-${providerId}`;
}

export async function ssoProvidersPage(org: string) {
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "sso.manage")) notFound();
  const providers = await withTenant(actor, (tx) => listSsoProviders(tx, { organisationId: actor.org.id }));
  const newProviderId = randomUUID();
  return {
    actor,
    providers: providers.map((p) => ({ ...p, callbackUrl: callbackAddress(p.id) })),
    newProvider: { id: newProviderId, callbackUrl: callbackAddress(newProviderId), signInUrl: `${appUrl()}/login` },
  };
}
