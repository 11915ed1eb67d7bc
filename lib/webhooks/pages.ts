// What the webhook pages read, in the admin's own tenant transaction.
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { withTenant } from "@/lib/tenancy";
import { listWebhookDeliveries, listWebhookEndpoints } from "./queries";
import { WEBHOOK_EVENTS } from "./rules";

async function webhookAdmin(org: string) {
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "webhooks.manage")) notFound();
  return actor;
}

const eventOptions = () => Object.entries(WEBHOOK_EVENTS).map(([value, label]) => ({ value, label }));

export async function webhooksPage(org: string) {
  const actor = await webhookAdmin(org);
  const endpoints = await withTenant(actor, (tx) => listWebhookEndpoints(tx, { organisationId: actor.org.id }));
  return { actor, endpoints, events: eventOptions() };
}

export async function webhookDeliveriesPage(org: string, endpointId: string) {
  const actor = await webhookAdmin(org);
  const { endpoint, deliveries } = await withTenant(actor, async (tx) => {
    const endpoints = await listWebhookEndpoints(tx, { organisationId: actor.org.id });
    const endpoint = endpoints.find((e) => e.id === endpointId);
    return { endpoint, deliveries: endpoint ? await listWebhookDeliveries(tx, { organisationId: actor.org.id, endpointId }) : [] };
  });
  if (!endpoint) notFound();
  return { actor, endpoint, deliveries, events: eventOptions() };
}
