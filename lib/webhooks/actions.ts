// An organisation admin's webhook endpoints: registered (the secret is in the answer this once),
// switched off and on, deleted, and a delivery sent again. Each: permission, input, transaction, audit.
import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { checkOutboundTarget, OutboundAddressError } from "@/lib/outbound-address";
import { CreateWebhookEndpoint, DeleteWebhookEndpoint, RedeliverWebhook, SetWebhookEndpointEnabled } from "./schemas";
import { encryptWebhookSecret, newWebhookSecret } from "./secret";

/**
 * The address resolved and checked before the transaction (a slow name server holds no
 * connection), its refusal shown at the field.
 */
export async function checkedAddress<I extends { url: string }>(_ctx: unknown, input: I): Promise<I> {
  try {
    const { url } = await checkOutboundTarget(input.url);
    return { ...input, url: url.toString() };
  } catch (error) {
    if (error instanceof OutboundAddressError) throw new ValidationError({ url: error.message });
    throw error;
  }
}

export const createWebhookEndpoint = defineAction({
  name: "webhooks.create",
  permission: "webhooks.manage",
  input: CreateWebhookEndpoint,
  prepare: checkedAddress,
  async handler(tx, ctx, input) {
    const id = randomUUID();
    const secret = newWebhookSecret();
    await tx.insert(webhookEndpoints).values({
      id,
      organisationId: ctx.org.id,
      url: input.url,
      description: input.description,
      events: input.events,
      secretEncrypted: encryptWebhookSecret(secret, id),
      createdByUserId: ctx.userId,
    });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "webhook_endpoint",
      entityId: id,
      action: "create",
      after: { url: input.url, description: input.description, events: input.events },
    });
    return { id, secret };
  },
});

export async function ownEndpoint(tx: Db, { orgId, id }: { orgId: string; id: string }) {
  const [endpoint] = await tx
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.organisationId, orgId)));
  if (!endpoint) throw new NotFoundError("Dit webhook-endpoint bestaat niet.");
  return endpoint;
}

/** Switched off, no new deliveries are made for it and waiting ones wait; switched on, they go. */
export const setWebhookEndpointEnabled = defineAction({
  name: "webhooks.set_enabled",
  permission: "webhooks.manage",
  input: SetWebhookEndpointEnabled,
  async handler(tx, ctx, input) {
    const endpoint = await ownEndpoint(tx, { orgId: ctx.org.id, id: input.endpointId });
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ disabledAt: input.enabled ? null : new Date(), version: input.version + 1 })
      .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.version, input.version)))
      .returning({ id: webhookEndpoints.id, version: webhookEndpoints.version });
    if (!row) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "webhook_endpoint",
      entityId: endpoint.id,
      action: input.enabled ? "enable" : "disable",
      before: { url: endpoint.url },
    });
    return row;
  },
});

/** Gone with its delivery log; the audit trail keeps its address. */
export const deleteWebhookEndpoint = defineAction({
  name: "webhooks.delete",
  permission: "webhooks.manage",
  input: DeleteWebhookEndpoint,
  async handler(tx, ctx, input) {
    const endpoint = await ownEndpoint(tx, { orgId: ctx.org.id, id: input.endpointId });
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.version, input.version)))
      .returning({ id: webhookEndpoints.id });
    if (!row) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "webhook_endpoint",
      entityId: endpoint.id,
      action: "delete",
      before: { url: endpoint.url, description: endpoint.description, events: endpoint.events },
    });
    return { deleted: row.id };
  },
});

/**
 * The same delivery (same body, same event id, so a receiver recognises a repeat) goes out again
 * at the next run, with a fresh count of attempts.
 */
export const redeliverWebhook = defineAction({
  name: "webhooks.redeliver",
  permission: "webhooks.manage",
  input: RedeliverWebhook,
  async handler(tx, ctx, input) {
    const [delivery] = await tx
      .select({ tenantId: webhookDeliveries.tenantId, id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.organisationId, ctx.org.id)));
    if (!delivery) throw new NotFoundError("Deze bezorging bestaat niet.");
    const now = new Date();
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null, updatedAt: now })
      .where(
        and(
          eq(webhookDeliveries.tenantId, delivery.tenantId),
          eq(webhookDeliveries.id, delivery.id),
          ne(webhookDeliveries.status, "pending"),
        ),
      )
      .returning({ id: webhookDeliveries.id });
    if (!row) throw new ConflictError("Deze bezorging wacht al op verzending.");
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "webhook_endpoint",
      entityId: delivery.endpointId,
      action: "redeliver",
      after: { deliveryId: delivery.id },
    });
    return { id: row.id };
  },
});
