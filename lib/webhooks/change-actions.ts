// Changing a registered endpoint: its address, description and events, and a new signing secret.
// After a new secret the previous one signs along for a day, so the receiver can switch over
// without refusing a delivery; the new one is in the answer this once.
import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { checkedAddress, ownEndpoint } from "./actions";
import { RotateWebhookSecret, UpdateWebhookEndpoint } from "./schemas";
import { encryptWebhookSecret, newWebhookSecret } from "./secret";

/** How long the previous secret keeps signing after a new one is made. */
export const PREVIOUS_SECRET_HOURS = 24;

export const updateWebhookEndpoint = defineAction({
  name: "webhooks.update",
  permission: "webhooks.manage",
  input: UpdateWebhookEndpoint,
  prepare: checkedAddress,
  async handler(tx, ctx, input) {
    const endpoint = await ownEndpoint(tx, { orgId: ctx.org.id, id: input.endpointId });
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ url: input.url, description: input.description, events: input.events, version: input.version + 1 })
      .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.version, input.version)))
      .returning({ id: webhookEndpoints.id, version: webhookEndpoints.version });
    if (!row) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "webhook_endpoint",
      entityId: endpoint.id,
      action: "update",
      before: { url: endpoint.url, description: endpoint.description, events: endpoint.events },
      after: { url: input.url, description: input.description, events: input.events },
    });
    return row;
  },
});

export const rotateWebhookSecret = defineAction({
  name: "webhooks.rotate_secret",
  permission: "webhooks.manage",
  input: RotateWebhookSecret,
  async handler(tx, ctx, input) {
    const endpoint = await ownEndpoint(tx, { orgId: ctx.org.id, id: input.endpointId });
    const secret = newWebhookSecret();
    const previousUntil = new Date(Date.now() + PREVIOUS_SECRET_HOURS * 3_600_000);
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        secretEncrypted: encryptWebhookSecret(secret, endpoint.id),
        previousSecretEncrypted: endpoint.secretEncrypted,
        previousSecretUntil: previousUntil,
        version: input.version + 1,
      })
      .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.version, input.version)))
      .returning({ id: webhookEndpoints.id });
    if (!row) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "webhook_endpoint",
      entityId: endpoint.id,
      action: "rotate_secret",
      before: { url: endpoint.url },
      after: { previousSecretUntil: previousUntil },
    });
    return { secret, previousUntil };
  },
});
