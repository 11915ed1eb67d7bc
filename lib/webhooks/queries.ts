import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { isWebhookEventType } from "./rules";

/** The organisation's endpoints, newest first; never their secret. */
export async function listWebhookEndpoints(db: Db, { organisationId }: { organisationId: string }) {
  const rows = await db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      events: webhookEndpoints.events,
      createdAt: webhookEndpoints.createdAt,
      createdBy: people.name,
      disabledAt: webhookEndpoints.disabledAt,
      previousSecretUntil: webhookEndpoints.previousSecretUntil,
      version: webhookEndpoints.version,
    })
    .from(webhookEndpoints)
    .leftJoin(people, eq(people.id, webhookEndpoints.createdByUserId))
    .where(eq(webhookEndpoints.organisationId, organisationId))
    .orderBy(desc(webhookEndpoints.createdAt));
  return rows.map((row) => ({ ...row, events: row.events.filter(isWebhookEventType) }));
}

export const DELIVERY_LOG_SIZE = 50;

/** The newest deliveries of one of the organisation's endpoints. */
export async function listWebhookDeliveries(db: Db, { organisationId, endpointId }: { organisationId: string; endpointId: string }) {
  return db
    .select({
      id: webhookDeliveries.id,
      eventType: webhookDeliveries.eventType,
      eventId: webhookDeliveries.eventId,
      createdAt: webhookDeliveries.createdAt,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organisationId, organisationId), eq(webhookDeliveries.endpointId, endpointId)))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(DELIVERY_LOG_SIZE);
}
